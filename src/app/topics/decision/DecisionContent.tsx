import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { DECISION } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { EmailLink } from '../../ui/links/EmailLink';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { CheckNote } from '../../ui/sources/CheckNote';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { DaysLeft, type NoticeKind } from './DaysLeft';
import { NoticeTimeline } from './NoticeTimeline';
import './decision.css';

const STEPS = ['notice', 'evisa', 'uc', 'council', 'bank'] as const;

/** When the decision comes: granted, refused (with the timeline), the choices, the days-left helper, who to call. */
export function DecisionContent({ area, anchors = true }: TopicBodyProps) {
  const { t, dir } = useT('decision');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, DECISION.values(area), DECISION.counts);
  // The notices' days are the pack's count facts, so a published change moves the timeline and the helper too.
  const kinds: readonly NoticeKind[] = [
    { id: '95', ends: F.count('notice-95'), lock: F.count('lock-95') },
    { id: '4', ends: F.count('notice-4'), lock: F.count('lock-4') },
  ];
  const moveOnEmail = F.email('move-on-email');
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      {anchors && (
        <nav class="decision-jump" aria-label={t('title')}>
          <a class="button button-quiet" href="#granted">
            {t('jumpGranted')}
          </a>
          <a class="button" href="#refused">
            {t('jumpRefused')}
          </a>
        </nav>
      )}
      <TopicSection {...section('refused')}>
        <p class="decision-call">{say('refused.call')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
        <p>{say('refused.letters')}</p>
        <p>{say('refused.usual')}</p>
        <figure class="stack">
          <NoticeTimeline ends={kinds[0]!.ends.value} lock={kinds[0]!.lock.value} dir={dir} />
          <figcaption>
            <ol class="notice-steps">
              <li>{say('refused.day0')}</li>
              <li>{say('refused.lock95')}</li>
              <li>{say('refused.end95')}</li>
            </ol>
          </figcaption>
        </figure>
        <p>{say('refused.s4')}</p>
        <p>{say('refused.record')}</p>
        <CheckNote fact={kinds[0]!.ends} />
        <p>{say('refused.mh21')}</p>
        <p>{say('refused.children')}</p>
      </TopicSection>
      <TopicSection {...section('countdown')}>
        <p>{say('countdown.what')}</p>
        <p class="notice">{say('countdown.guide')}</p>
        <DaysLeft kinds={kinds} />
      </TopicSection>
      <TopicSection {...section('choices')}>
        <ul>
          <li>{say('choices.appeal')}</li>
          <li>{say('choices.keep')}</li>
          <li>{say('choices.section4')}</li>
          <li>{say('choices.noCash')}</li>
          <li>{say('choices.fresh')}</li>
        </ul>
        <p>{say('choices.supportAppeal')}</p>
        <Actions>
          <WebLink link={F.link('asap-page')} label={t('choices.asapLink')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('granted')}>
        <p>{say('granted.moveOn')}</p>
        <p>{say('granted.longer')}</p>
        <CheckNote fact={F.count('move-on-longer')} />
        <ol>
          {STEPS.map((k) => (
            <li key={k}>{say(`granted.${k}`)}</li>
          ))}
        </ol>
        <p>{say('granted.help')}</p>
        <p>{say('granted.late')}</p>
        <CheckNote fact={moveOnEmail} />
        <Actions>
          <EmailLink email={moveOnEmail} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('help')}>
        <p>{say('help.migrantHelp')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
        <p>{say('help.cannot')}</p>
        <p>{say('help.legal')}</p>
        <Actions>
          <WebLink link={F.link('right-to-remain-page')} label={t('help.rtrLink')} />
        </Actions>
      </TopicSection>
    </div>
  );
}

import { isAreaId } from '../../../shared/areas';
import * as C from '../../content/decision';
import { ASAP_PAGE, MIGRANT_HELP, RIGHT_TO_REMAIN_PAGE } from '../../content/national';
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

const KINDS: readonly NoticeKind[] = [
  { id: '95', ends: C.NOTICE_95, lock: C.LOCK_95 },
  { id: '4', ends: C.NOTICE_4, lock: C.LOCK_4 },
];
const STEPS = ['notice', 'evisa', 'uc', 'council', 'bank'] as const;

/** When the decision comes: granted, refused (with the timeline), the choices, the days-left helper, who to call. */
export function DecisionContent({ area, anchors = true }: TopicBodyProps) {
  const { t, dir } = useT('decision');
  if (!isAreaId(area)) return null;
  const say = sayWith(t, C.DECISION.values(area), C.DECISION.counts);
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
          <PhoneLink phone={MIGRANT_HELP} />
        </Actions>
        <p>{say('refused.letters')}</p>
        <p>{say('refused.usual')}</p>
        <figure class="stack">
          <NoticeTimeline ends={C.NOTICE_95.value} lock={C.LOCK_95.value} dir={dir} />
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
        <CheckNote fact={C.NOTICE_95} />
        <p>{say('refused.mh21')}</p>
        <p>{say('refused.children')}</p>
      </TopicSection>
      <TopicSection {...section('countdown')}>
        <p>{say('countdown.what')}</p>
        <p class="notice">{say('countdown.guide')}</p>
        <DaysLeft kinds={KINDS} />
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
          <WebLink link={ASAP_PAGE} label={t('choices.asapLink')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('granted')}>
        <p>{say('granted.moveOn')}</p>
        <p>{say('granted.longer')}</p>
        <CheckNote fact={C.MOVE_ON_LONGER} />
        <ol>
          {STEPS.map((k) => (
            <li key={k}>{say(`granted.${k}`)}</li>
          ))}
        </ol>
        <p>{say('granted.help')}</p>
        <p>{say('granted.late')}</p>
        <CheckNote fact={C.MOVE_ON_EMAIL} />
        <Actions>
          <EmailLink email={C.MOVE_ON_EMAIL} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('help')}>
        <p>{say('help.migrantHelp')}</p>
        <Actions>
          <PhoneLink phone={MIGRANT_HELP} />
        </Actions>
        <p>{say('help.cannot')}</p>
        <p>{say('help.legal')}</p>
        <Actions>
          <WebLink link={RIGHT_TO_REMAIN_PAGE} label={t('help.rtrLink')} />
        </Actions>
      </TopicSection>
    </div>
  );
}

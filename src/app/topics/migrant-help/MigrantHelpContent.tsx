import { areaContent, factsOf, hasAreaContent } from '../../content/current-area';
import { CONTACTS } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { EmailLink } from '../../ui/links/EmailLink';
import { Icon } from '../../ui/Icon';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';
import { LocalPlaces } from './LocalPlaces';

const HANDLES = ['repairs', 'card', 'complaints', 'support', 'hc2', 'danger'] as const;

/** Migrant Help and other contacts, in whatever language the surrounding scope speaks. */
export function MigrantHelpContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('contacts');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const local = areaContent(area).local;
  const say = sayWith(t, CONTACTS.values(area), CONTACTS.counts);
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('migrantHelp')}>
        <p>{say('migrantHelp.what')}</p>
        <p>{say('migrantHelp.hours')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
        <p>{say('migrantHelp.handles')}</p>
        <ul>
          {HANDLES.map((k) => (
            <li key={k}>{say(`migrantHelp.${k}`)}</li>
          ))}
        </ul>
        <p>{say('migrantHelp.interpreter')}</p>
        <p>{say('migrantHelp.proof')}</p>
        <Actions>
          <EmailLink email={F.email('proof-of-support')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('calling')}>
        <ul>
          <li>{say('calling.wait')}</li>
          <li>{say('calling.ready')}</li>
          <li>{say('calling.write')}</li>
        </ul>
      </TopicSection>
      <TopicSection {...section('emergency')}>
        <p>{say('emergency.emergency')}</p>
        <p>{say('emergency.police')}</p>
        <Actions>
          <PhoneLink phone={F.phone('emergency')} />
          <PhoneLink phone={F.phone('police')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('hate')}>
        <p>{say('hate.what')}</p>
        {local.stopHate && (
          <>
            <p>{say(`hate.${area}.stopHate`)}</p>
            <p>{say(`hate.${area}.languages`)}</p>
            <Actions>
              <PhoneLink phone={F.phone('stop-hate')} />
            </Actions>
            <p>{say(`hate.${area}.other`)}</p>
            <Actions>
              <PhoneLink phone={F.phone('stop-hate-text')} />
              <WebLink link={F.link('stop-hate-chat')} label="Stop Hate UK" />
              <EmailLink email={F.email('stop-hate-email')} />
            </Actions>
          </>
        )}
        <p>{say('hate.trueVision')}</p>
        <p>{say('hate.police')}</p>
      </TopicSection>
      <TopicSection {...section('appeals')}>
        <p>{say('appeals.appeal')}</p>
        <p class="notice">
          <Icon name="info" /> <strong>{say('appeals.deadline')}</strong>
        </p>
        <p>{say('appeals.asap')}</p>
        <Actions>
          <WebLink link={F.link('asap-page')} label={t('appeals.asapLink')} />
          <WebLink link={F.link('tribunal-page')} label={t('appeals.govLink')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('advice')}>
        <p>{say('advice.rtr')}</p>
        <Actions>
          <WebLink link={F.link('right-to-remain-page')} label={t('advice.rtrLink')} />
        </Actions>
        <p>{say('advice.redCross')}</p>
        <p>{say('advice.refugeeCouncil')}</p>
        <p class="notice">
          <Icon name="info" /> <span>{say('advice.refugeeCouncilCheck')}</span>
        </p>
        <Actions>
          <PhoneLink phone={F.phone('refugee-council')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('local')}>
        <p>{say('local.council')}</p>
        <Actions>
          <PhoneLink phone={local.council.phone} />
        </Actions>
        <LocalPlaces area={area} />
      </TopicSection>
    </div>
  );
}

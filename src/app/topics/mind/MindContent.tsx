import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { MIND } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { EmailLink } from '../../ui/links/EmailLink';
import { Icon } from '../../ui/Icon';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Health of mind: the GP, talking therapies, urgent help and someone to listen. */
export function MindContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('mind');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, MIND.values(area));
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('gp')}>
        <p>{say('gp.tell')}</p>
        <p>{say('gp.interpreter')}</p>
        <p>{say('gp.refer')}</p>
      </TopicSection>
      <TopicSection {...section('therapies')}>
        <p>{say('therapies.what')}</p>
        <p>{say('therapies.how')}</p>
        <p class="notice">
          <Icon name="info" /> <span>{say('therapies.self')}</span>
        </p>
        <Actions>
          <WebLink link={F.link('talking-therapies-page')} label={t('therapies.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('urgent')}>
        <p>{say('urgent.crisis')}</p>
        <p class="notice">
          <Icon name="info" /> <span>{say('urgent.option')}</span>
        </p>
        <Actions>
          <PhoneLink phone={F.phone('nhs-111')} />
        </Actions>
        <p>
          <strong>{say('urgent.danger')}</strong>
        </p>
        <Actions>
          <PhoneLink phone={F.phone('emergency')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('talk')}>
        <p>{say('talk.samaritans')}</p>
        <Actions>
          <PhoneLink phone={F.phone('samaritans')} />
        </Actions>
        <p>{say('talk.email')}</p>
        <Actions>
          <EmailLink email={F.email('samaritans-email')} />
        </Actions>
      </TopicSection>
    </div>
  );
}

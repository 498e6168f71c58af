import { isAreaId } from '../../../shared/areas';
import * as F from '../../content/mind';
import { EMERGENCY, NHS_111, SAMARITANS, SAMARITANS_EMAIL } from '../../content/national';
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
  if (!isAreaId(area)) return null;
  const say = sayWith(t, F.MIND.values(area));
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
          <WebLink link={F.TALKING_THERAPIES_PAGE} label={t('therapies.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('urgent')}>
        <p>{say('urgent.crisis')}</p>
        <p class="notice">
          <Icon name="info" /> <span>{say('urgent.option')}</span>
        </p>
        <Actions>
          <PhoneLink phone={NHS_111} />
        </Actions>
        <p>
          <strong>{say('urgent.danger')}</strong>
        </p>
        <Actions>
          <PhoneLink phone={EMERGENCY} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('talk')}>
        <p>{say('talk.samaritans')}</p>
        <Actions>
          <PhoneLink phone={SAMARITANS} />
        </Actions>
        <p>{say('talk.email')}</p>
        <Actions>
          <EmailLink email={SAMARITANS_EMAIL} />
        </Actions>
      </TopicSection>
    </div>
  );
}

import { isAreaId } from '../../../shared/areas';
import { EMERGENCY, MIGRANT_HELP, POLICE, STOP_HATE } from '../../content/national';
import * as F from '../../content/staying-safe';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Staying safe, 999 first, in whatever language the surrounding scope speaks. */
export function StayingSafeContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('safety-topic');
  if (!isAreaId(area)) return null;
  const say = sayWith(t, F.STAYING_SAFE.values(area));
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('danger')}>
        <p class="notice">
          <strong>{say('danger.call')}</strong>
        </p>
        <Actions>
          <PhoneLink phone={EMERGENCY} />
        </Actions>
        <p>{say('danger.police')}</p>
        <Actions>
          <PhoneLink phone={POLICE} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('home')}>
        <p>{say('home.what')}</p>
        <p>{say('home.helpline')}</p>
        <Actions>
          <PhoneLink phone={F.DOMESTIC_ABUSE_LINE} />
        </Actions>
        <p>{say('home.migrantHelp')}</p>
        <Actions>
          <PhoneLink phone={MIGRANT_HELP} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('sexual')}>
        <p>{say('sexual.line')}</p>
        <p>{say('sexual.open')}</p>
        <Actions>
          <WebLink link={F.RAPE_CRISIS_LINE} label={t('sexual.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('slavery')}>
        <p>{say('slavery.what')}</p>
        <p>{say('slavery.helpline')}</p>
        <Actions>
          <PhoneLink phone={F.SLAVERY_LINE} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('lgbtqi')}>
        <p>{say('lgbtqi.what')}</p>
        <Actions>
          <WebLink link={F.RAINBOW_MIGRATION} label={t('lgbtqi.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('hate')}>
        <p>{say('hate.what')}</p>
        <p>{say('hate.trueVision')}</p>
        <Actions>
          <WebLink link={F.TRUE_VISION_SITE} label={t('hate.trueVisionLink')} />
        </Actions>
        {area === 'sefton' ? (
          <>
            <p>{say('hate.sefton.stopHate')}</p>
            <Actions>
              <PhoneLink phone={STOP_HATE} />
            </Actions>
          </>
        ) : area === 'stockton' ? (
          <>
            <p>{say('hate.stockton.centres')}</p>
            <p>{say('hate.stockton.list')}</p>
            <Actions>
              <WebLink link={F.CLEVELAND_CENTRES_PAGE} label={t('hate.stockton.listLink')} />
            </Actions>
          </>
        ) : null}
      </TopicSection>
    </div>
  );
}

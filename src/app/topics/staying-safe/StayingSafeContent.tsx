import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { STAYING_SAFE } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Staying safe, 999 first, in whatever language the surrounding scope speaks. */
export function StayingSafeContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('safety-topic');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, STAYING_SAFE.values(area));
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('danger')}>
        <p class="notice">
          <strong>{say('danger.call')}</strong>
        </p>
        <Actions>
          <PhoneLink phone={F.phone('emergency')} />
        </Actions>
        <p>{say('danger.police')}</p>
        <Actions>
          <PhoneLink phone={F.phone('police')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('home')}>
        <p>{say('home.what')}</p>
        <p>{say('home.helpline')}</p>
        <Actions>
          <PhoneLink phone={F.phone('domestic-abuse-line')} />
        </Actions>
        <p>{say('home.migrantHelp')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('sexual')}>
        <p>{say('sexual.line')}</p>
        <p>{say('sexual.open')}</p>
        <Actions>
          <WebLink link={F.link('rape-crisis-line')} label={t('sexual.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('slavery')}>
        <p>{say('slavery.what')}</p>
        <p>{say('slavery.helpline')}</p>
        <Actions>
          <PhoneLink phone={F.phone('slavery-line')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('lgbtqi')}>
        <p>{say('lgbtqi.what')}</p>
        <Actions>
          <WebLink link={F.link('rainbow-migration')} label={t('lgbtqi.link')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('hate')}>
        <p>{say('hate.what')}</p>
        <p>{say('hate.trueVision')}</p>
        <Actions>
          <WebLink link={F.link('true-vision-site')} label={t('hate.trueVisionLink')} />
        </Actions>
        {area === 'sefton' ? (
          <>
            <p>{say('hate.sefton.stopHate')}</p>
            <Actions>
              <PhoneLink phone={F.phone('stop-hate')} />
            </Actions>
          </>
        ) : area === 'stockton' ? (
          <>
            <p>{say('hate.stockton.centres')}</p>
            <p>{say('hate.stockton.list')}</p>
            <Actions>
              <WebLink link={F.link('cleveland-centres-page')} label={t('hate.stockton.listLink')} />
            </Actions>
          </>
        ) : null}
      </TopicSection>
    </div>
  );
}

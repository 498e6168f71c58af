import { factsOf, hasAreaContent } from '../../content/current-area';
import { MONEY } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { Actions, TopicSection } from '../../ui/TopicSection';
import { WebLink } from '../../ui/links/WebLink';
import { sayWith } from '../../ui/say';

/** Money and the ASPEN card, in whatever language the surrounding scope speaks. */
export function MoneyContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('money');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, MONEY.values(area), MONEY.counts);
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('section95')}>
        <p>{say('section95.amount')}</p>
        <p>{say('section95.card')}</p>
        <p>{say('section95.cash')}</p>
        <p>{say('section95.fullBoard')}</p>
        <p class="notice">
          <Icon name="info" /> <span>{say('section95.fullBoardCheck')}</span>
        </p>
        <Actions>
          <WebLink link={F.link('gov-support-page')} label={t('section95.govuk')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('section4')}>
        <p>{say('section4.what')}</p>
        <p>{say('section4.noCash')}</p>
      </TopicSection>
      <TopicSection {...section('extra')}>
        <ul>
          <li>{say('extra.pregnant')}</li>
          <li>{say('extra.baby')}</li>
          <li>{say('extra.toddler')}</li>
        </ul>
        <p>{say('extra.maternity')}</p>
        <p>{say('extra.matb1')}</p>
      </TopicSection>
      <TopicSection {...section('covers')}>
        <p>{say('covers.list')}</p>
      </TopicSection>
      <TopicSection {...section('card')}>
        <p>{say('card.lost')}</p>
        <p>{say('card.broken')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
      </TopicSection>
    </div>
  );
}

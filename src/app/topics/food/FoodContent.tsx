import { isAreaId } from '../../../shared/areas';
import { FOOD, FOOD_POWER_PAGE } from '../../content/food';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { sayWith } from '../../ui/say';
import { WebLink } from '../../ui/links/WebLink';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Food banks, pantries, clothes and drop-ins the area's sources name. */
export function FoodContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('food');
  if (!isAreaId(area)) return null;
  const say = sayWith(t, FOOD.values(area));
  const local = area === 'sefton' || area === 'stockton';
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('foodbank')}>
        <p>{say('foodbank.what')}</p>
        <p>{say('foodbank.voucher')}</p>
      </TopicSection>
      {local && (
        <>
          <TopicSection {...section('local')}>
            {area === 'sefton' ? (
              <ul>
                <li>{say('local.sefton.south')}</li>
                <li>{say('local.sefton.north')}</li>
              </ul>
            ) : (
              <>
                <ul>
                  <li>{say('local.stockton.network')}</li>
                  <li>{say('local.stockton.pantries')}</li>
                  <li>{say('local.stockton.salvation')}</li>
                </ul>
                <Actions>
                  <WebLink link={FOOD_POWER_PAGE} label={t('local.stockton.networkLink')} />
                </Actions>
                <p class="notice">
                  <Icon name="info" /> <span>{say('local.stockton.club')}</span>
                </p>
              </>
            )}
          </TopicSection>
          <TopicSection {...section('clothes')}>
            <ul>
              {area === 'sefton' ? (
                <>
                  <li>{say('clothes.sefton.asylumLink')}</li>
                  <li>{say('clothes.sefton.womenConnect')}</li>
                </>
              ) : (
                <>
                  <li>{say('clothes.stockton.justiceFirst')}</li>
                  <li>{say('clothes.stockton.billingham')}</li>
                </>
              )}
            </ul>
          </TopicSection>
        </>
      )}
    </div>
  );
}

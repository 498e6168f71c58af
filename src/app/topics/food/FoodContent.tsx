import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { FOOD } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { sayWith } from '../../ui/say';
import { WebLink } from '../../ui/links/WebLink';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Food banks, pantries, clothes and drop-ins the area's sources name. */
export function FoodContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('food');
  if (!hasAreaContent(area)) return null;
  const say = sayWith(t, FOOD.values(area));
  // Local places have words per area (local.sefton.*): shown where the area's pack lists them and the words exist.
  const local = (area === 'sefton' || area === 'stockton') && FOOD.sections(area).some((s) => s.id === 'local');
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
                  <WebLink link={factsOf(area).link('food-power-page')} label={t('local.stockton.networkLink')} />
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

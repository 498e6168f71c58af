import type { AreaId } from '../../../shared/areas';
import type { Category } from '../../../shared/report';
import { useT } from '../../language/use-t';
import { DangerNow } from './DangerNow';
import { HazardAdvice } from './HazardAdvice';
import { RouteList } from './RouteList';
import { sayNamed } from '../../ui/say';

/** For one problem: danger first, urgent repairs, the official routes, then the Waymark report. */
export function CategoryAdvice({ category, area, onWrite }: { category: Category; area: AreaId; onWrite: () => void }) {
  const { t } = useT('report');
  const { t: common } = useT();
  return (
    <div class="stack">
      <p class="lead">{t(`category.${category}`)}</p>
      <DangerNow area={area} />
      {category === 'repair' && <HazardAdvice area={area} />}
      <RouteList category={category} area={area} />
      <section aria-labelledby="report-waymark-title">
        <h2 id="report-waymark-title">{t('waymark.title')}</h2>
        <p>{sayNamed(t, 'waymark.text', { area: common(`area.${area}.name`) })}</p>
        <button type="button" class="button" onClick={onWrite}>
          {t('waymark.start')}
        </button>
      </section>
    </div>
  );
}

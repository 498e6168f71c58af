import type { AreaId } from '../../../shared/areas';
import type { Category } from '../../../shared/report';
import { areaContent } from '../../content/current-area';
import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
import { Sentence } from '../Sentence';

/** The official places to tell, with one tap to call: the area's pack says who, per problem. */
export function RouteList({ category, area }: { category: Category; area: AreaId }) {
  const { t } = useT('report');
  const content = areaContent(area);
  const routes = content.routes[category] ?? [];
  const migrantHelp = content.fact('migrant-help');
  return (
    <section aria-labelledby="report-routes-title">
      <h2 id="report-routes-title">{t('route.title')}</h2>
      <ul class="report-routes">
        {routes.map((r) => (
          <li key={r.id}>
            <p>
              <Sentence t={t} k={`route.${r.text}`} values={{ police: r.phone?.display ?? '' }} />
            </p>
            {r.phone === migrantHelp && <p class="report-muted">{t('route.migrantHelpFree')}</p>}
            {r.phone && <PhoneCall phone={r.phone} label={t('route.call', { name: r.callName ?? t(`route.${r.callKey ?? 'police'}`) })} />}
          </li>
        ))}
      </ul>
      <FactSources facts={routes.flatMap((r) => r.facts)} />
    </section>
  );
}

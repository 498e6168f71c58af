import { AREAS, type AreaId } from '../../shared/areas';
import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';

/** The areas Waymark covers, as large links. */
export function AreaList({ lang, current }: { lang: string; current?: AreaId | undefined }) {
  const { t } = useT();
  return (
    <ul class="choice-grid" role="list">
      {AREAS.map((a) => (
        <li key={a.id}>
          <a class="choice" href={`/${lang}/${a.id}/`} aria-current={a.id === current ? 'true' : undefined}>
            <span class="choice-main">
              <Icon name="pin" /> {t(`area.${a.id}.name`)}
            </span>
            <span class="choice-sub">{t(`area.${a.id}.hint`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

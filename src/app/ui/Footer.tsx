import { isAreaId } from '../../shared/areas';
import type { LanguageCode } from '../../shared/languages';
import { useT } from '../language/use-t';
import { areaHref } from '../routing/paths';
import { Icon } from './Icon';
import './footer.css';

/** Links on every area page that are not topics on the home grid (the accessibility statement). */
export function Footer({ lang, area }: { lang: LanguageCode; area?: string | undefined }) {
  const { t } = useT();
  if (!isAreaId(area)) return null;
  return (
    <footer class="site-footer">
      <a class="footer-link" href={areaHref(lang, area, 'accessibility')}>
        <Icon name="info" size={18} /> {t('topic.accessibility')}
      </a>
    </footer>
  );
}

import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isLanguageCode } from '../../shared/languages';
import { useT } from '../language/use-t';
import { matchOne } from '../../shared/match-language';
import { savedArea, savedLanguage } from '../storage/prefs';
import { AreaList } from './AreaList';
import { Notice } from '../ui/Notice';
import { usePageTitle } from '../ui/use-page-title';

/** "/<lang>/": choose the area. Goes straight on when an area is remembered, unless asked to change. */
export function AreaChoicePage({ lang }: { lang?: string }) {
  const { route, query } = useLocation();
  const valid = isLanguageCode(lang);
  const area = savedArea();
  const changing = query.change !== undefined || query.notice !== undefined;
  useEffect(() => {
    if (!valid) route(`/${matchOne(lang ?? '') ?? savedLanguage() ?? 'en'}/?notice=lang`, true);
    else if (area && !changing) route(`/${lang}/${area}/`, true);
  }, [lang, valid, area, changing]);
  const { t } = useT();
  usePageTitle(t('area.choose'));
  if (!valid) return null;
  return (
    <section class="stack">
      <Notice />
      <h1>{t('area.choose')}</h1>
      <AreaList lang={lang} current={area} />
    </section>
  );
}

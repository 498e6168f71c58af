import { useT } from '../language/use-t';

/**
 * Leaves at once for the app's own home page, replacing this page in history, so Back does not return here.
 * Same-origin on purpose: it works offline and sends no request to anyone else.
 */
export function QuickExit({ lang, area }: { lang: string; area: string }) {
  const { t } = useT('report');
  const leave = () => window.location.replace(`/${lang}/${area}/`);
  return (
    <button type="button" class="button report-exit" onClick={leave}>
      {t('quickExit')}
    </button>
  );
}

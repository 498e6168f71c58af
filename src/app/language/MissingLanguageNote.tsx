import { useT } from './use-t';

/** Says, in the chosen language when its small safety file is on the phone, why the page is in English. */
export function MissingLanguageNote() {
  const { t, ready, bcp47, dir } = useT('safety');
  if (!ready) return null;
  return (
    <p class="notice missing-language" role="status" lang={bcp47} dir={dir}>
      {t('language.notSaved')}
    </p>
  );
}

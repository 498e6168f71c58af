import { LanguageScope, useT } from '../../language/use-t';

function EnglishText({ k }: { k: string }) {
  const { t, bcp47, dir } = useT('helpers');
  return (
    <span class="english-beside" lang={bcp47} dir={dir}>
      {t(k)}
    </span>
  );
}

/** The same helpers string in English, under the person's language, for a helper who reads only English. */
export function EnglishBeside({ lang, k }: { lang: string; k: string }) {
  if (lang === 'en') return null;
  return (
    <LanguageScope lang="en">
      <EnglishText k={k} />
    </LanguageScope>
  );
}

import { getLanguage, isLanguageCode } from '../../shared/languages';
import { useT } from '../language/use-t';
import { findTopic } from '../topics/topics';
import type { SearchResult } from './search-index';

const langAttrs = (code: string) => {
  const l = getLanguage(isLanguageCode(code) ? code : 'en');
  return { lang: l.bcp47, dir: l.dir };
};

/** Ranked results, each a link straight to its section; English results say so and read left to right. */
export function SearchResults({ results, lang, area }: { results: readonly SearchResult[]; lang: string; area: string }) {
  const { t } = useT();
  const search = useT('search');
  return (
    <ol class="search-results" role="list">
      {results.map((r) => (
        <li key={`${r.topic}#${r.section}`}>
          <a href={`/${lang}/${area}/${r.topic}${r.section ? `#${r.section}` : ''}`}>
            <span class="result-title" {...(r.titleLang === lang ? {} : langAttrs(r.titleLang))}>
              {r.title}
            </span>
            <span class="result-topic">
              {t(findTopic(r.topic)?.label ?? 'nav.home')}
              {r.snippetLang !== lang && ` · ${search.t('inEnglish')}`}
            </span>
          </a>
          <p {...(r.snippetLang === lang ? {} : langAttrs(r.snippetLang))}>{r.snippet}</p>
        </li>
      ))}
    </ol>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { hasAreaContent } from '../content/current-area';
import { factsOf } from '../content/area-facts';
import { useT } from '../language/use-t';
import type { TopicPageProps } from '../topics/topics';
import { Icon } from '../ui/Icon';
import { PhoneLink } from '../ui/links/PhoneLink';
import { SearchResults } from './SearchResults';
import { isHydrating, KeptHtml } from '../ui/use-later';
import { useSearchIndex } from './use-search-index';
import './search.css';

/** /<lang>/<area>/search?q=: offline search over the area's topics; the query lives in the URL. */
export function SearchPage({ lang, area }: TopicPageProps) {
  const { t, ready } = useT('search');
  const { query, path, route } = useLocation();
  const [text, setText] = useState(query.q ?? '');
  const [firstQuery] = useState(() => (query.q ?? '').trim());
  // A page the server drew for a query came with its results: they stay as drawn until this phone has its own index.
  const [drawn] = useState(() => firstQuery !== '' && isHydrating());
  // Intent: a query in the URL (unless its results are drawn already), the box focused (also before live), or a letter typed.
  const [wanted, setWanted] = useState(firstQuery !== '' && !drawn);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current && box.current === document.activeElement) setWanted(true);
  }, []);
  const search = useSearchIndex(area, lang, wanted);
  const q = text.trim();
  const results = useMemo(() => (search && q ? search(q) : []), [search, q]);
  const onInput = (value: string) => {
    setWanted(true);
    setText(value);
    route(value.trim() ? `${path}?q=${encodeURIComponent(value)}` : path, true);
  };
  if (!ready || !hasAreaContent(area)) return null;
  const F = factsOf(area);
  return (
    <section class="stack search-page">
      <h1>{t('title')}</h1>
      <form role="search" class="search-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-q">{t('label')}</label>
        <div class="search-row">
          <input
            ref={box}
            id="search-q"
            type="search"
            name="q"
            value={text}
            onFocus={() => setWanted(true)}
            onInput={(e) => onInput(e.currentTarget.value)}
            aria-describedby="search-hint"
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" class="button">
            <Icon name="search" /> {t('submit')}
          </button>
        </div>
        <p id="search-hint" class="hint">
          {t('hint')}
        </p>
      </form>
      <KeptHtml ready={!drawn || !!search || q !== firstQuery} class="stack">
        <p role="status" aria-live="polite">
          {!search ? (wanted ? t('loading') : '') : q ? (results.length ? t('results', { count: results.length }) : t('nothing')) : ''}
        </p>
        {results.length > 0 && <SearchResults results={results} lang={lang} area={area} />}
        {search && q && results.length === 0 && (
          <div class="stack">
            <p>{t('nothingHelp')}</p>
            <div class="actions">
              <PhoneLink phone={F.phone('migrant-help')} />
              <a class="button button-quiet" href={`/${lang}/${area}/report`}>
                <Icon name="flag" /> {t('report')}
              </a>
            </div>
          </div>
        )}
      </KeptHtml>
    </section>
  );
}

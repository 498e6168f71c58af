import type { ContentSection } from '../content/topic-content';
import { findGlossaryTerm } from '../content/glossary-terms';
import { useT } from '../language/use-t';

/** "Words on this page": every glossary term a topic's sections use, each a link to its entry on the words page. */
export function TermLinks({ sections, lang, area }: { sections: readonly ContentSection[]; lang: string; area: string }) {
  const { t, ready } = useT('words');
  const ids = [...new Set(sections.flatMap((s) => s.terms ?? []))].filter((id) => findGlossaryTerm(id));
  if (!ready || ids.length === 0) return null;
  return (
    <nav class="term-links" aria-labelledby="term-links-heading">
      <h2 id="term-links-heading">{t('onThisPage')}</h2>
      <ul>
        {ids.map((id) => {
          const title = t(`${id}.title`);
          const english = findGlossaryTerm(id)!.english;
          return (
            <li key={id}>
              <a href={`/${lang}/${area}/words#${id}`}>
                {title}
                {title !== english && (
                  <>
                    {' '}
                    <bdi lang="en" dir="ltr">
                      ({english})
                    </bdi>
                  </>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

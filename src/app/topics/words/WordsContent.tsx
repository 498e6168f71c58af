import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { findGlossaryTerm } from '../../content/glossary-terms';
import { WORDS } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { Actions, TopicSection } from '../../ui/TopicSection';
import './words.css';

/** One glossary entry: the word in the reader's language, the English word as letters print it, a plain meaning. */
function Entry({ id, english, anchors }: { id: string; english: string; anchors: boolean }) {
  const { t } = useT('words');
  const ask = findGlossaryTerm(id)?.ask;
  const title = t(`${id}.title`);
  return (
    <div class="word-entry" id={anchors ? id : undefined} tabIndex={anchors ? -1 : undefined}>
      <dt>
        <span class="word-term">{title}</span>{' '}
        {title !== english && (
          <span class="word-english">
            <span class="word-english-label">{t('english')}:</span>{' '}
            <bdi lang="en" dir="ltr">
              {english}
            </bdi>
          </span>
        )}
      </dt>
      <dd>
        <p>{t(`${id}.text`)}</p>
        {ask && <p class="word-ask">{t(ask === 'adviser' ? 'askAdviser' : 'askMigrantHelp')}</p>}
      </dd>
    </div>
  );
}

/** The glossary, in whatever language the surrounding scope speaks. */
export function WordsContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('words');
  if (!hasAreaContent(area)) return null;
  // The pack lists the terms (one section each, its English word as the section's name); their words are in locales.
  const terms = WORDS.sections(area).filter((s) => s.id !== 'help');
  return (
    <div class="stack">
      <dl class="word-list">
        {terms.map((term) => (
          <Entry key={term.id} id={term.id} english={term.names?.[0] ?? ''} anchors={anchors} />
        ))}
      </dl>
      <TopicSection id="help" anchors={anchors} title={t('help.title')}>
        <p>{t('help.text')}</p>
        <Actions>
          <PhoneLink phone={factsOf(area).phone('migrant-help')} />
        </Actions>
      </TopicSection>
    </div>
  );
}

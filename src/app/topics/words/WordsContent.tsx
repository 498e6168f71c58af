import { findGlossaryTerm, GLOSSARY_TERMS } from '../../content/glossary-terms';
import { MIGRANT_HELP } from '../../content/national';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { Actions, TopicSection } from '../../ui/TopicSection';
import './words.css';

/** One glossary entry: the word in the reader's language, the English word as letters print it, a plain meaning. */
function Entry({ id, anchors }: { id: string; anchors: boolean }) {
  const { t } = useT('words');
  const term = findGlossaryTerm(id)!;
  const title = t(`${id}.title`);
  return (
    <div class="word-entry" id={anchors ? id : undefined} tabIndex={anchors ? -1 : undefined}>
      <dt>
        <span class="word-term">{title}</span>{' '}
        {title !== term.english && (
          <span class="word-english">
            <span class="word-english-label">{t('english')}:</span>{' '}
            <bdi lang="en" dir="ltr">
              {term.english}
            </bdi>
          </span>
        )}
      </dt>
      <dd>
        <p>{t(`${id}.text`)}</p>
        {term.ask && <p class="word-ask">{t(term.ask === 'adviser' ? 'askAdviser' : 'askMigrantHelp')}</p>}
      </dd>
    </div>
  );
}

/** The glossary, in whatever language the surrounding scope speaks. */
export function WordsContent({ anchors = true }: TopicBodyProps) {
  const { t } = useT('words');
  return (
    <div class="stack">
      <dl class="word-list">
        {GLOSSARY_TERMS.map((term) => (
          <Entry key={term.id} id={term.id} anchors={anchors} />
        ))}
      </dl>
      <TopicSection id="help" anchors={anchors} title={t('help.title')}>
        <p>{t('help.text')}</p>
        <Actions>
          <PhoneLink phone={MIGRANT_HELP} />
        </Actions>
      </TopicSection>
    </div>
  );
}

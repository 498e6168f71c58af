import { useRef } from 'preact/hooks';
import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { LanguageScope } from '../../language/use-t';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { ReadyBody } from './ReadyBody';
import { readableText } from '../read-aloud/speech-text';
import type { TopicBody, TopicBodyProps } from './topic-body';

interface Props extends TopicBodyProps {
  /** undefined while its code is on its way (ReadyBody) */
  body: TopicBody | undefined;
  /** offer reading aloud (not on paper) */
  speak?: boolean;
  /** the English column's element, read when this language has no voice */
  englishRoot?: () => Element | null;
  columnRef?: (el: HTMLElement | null) => void;
}

/** One language's copy of a topic, with its own lang and dir so each column shapes and flows correctly. */
export function BodyColumn({ body: topicBody, speak, englishRoot, columnRef, ...props }: Props) {
  const language = getLanguage(isLanguageCode(props.lang) ? props.lang : 'en');
  const content = useRef<HTMLDivElement>(null);
  const textOf = (el: Element | null | undefined) => (el ? readableText(el) : '');
  return (
    <section class="body-column" lang={language.bcp47} dir={language.dir} aria-label={language.endonym} ref={columnRef}>
      <p class="body-column-label" data-read-skip>
        {language.endonym}
      </p>
      <LanguageScope lang={language.code}>
        {speak && (
          <div class="read-aloud-slot" data-read-skip>
            <ReadAloud
              compact
              getText={() => textOf(content.current)}
              {...(englishRoot ? { getEnglishText: () => textOf(englishRoot()) } : {})}
            />
          </div>
        )}
        <ReadyBody body={topicBody} {...props} lang={language.code} class="body-column-text" elRef={content} />
      </LanguageScope>
    </section>
  );
}

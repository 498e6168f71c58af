import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { LanguageScope, useT } from '../../language/use-t';
import { ReadyBody } from '../topic-body/ReadyBody';
import { readableText } from '../read-aloud/speech-text';
import { ShowFrame } from './ShowFrame';
import { moveIndex } from './swipe';
import type { TopicBody, TopicBodyProps } from '../topic-body/topic-body';

/** The body's top-level sections that carry a heading: each is one point. */
export function pointSections(root: Element | null): HTMLElement[] {
  if (!root) return [];
  const all = [...root.querySelectorAll<HTMLElement>('section')].filter((s) => s.querySelector('h2, h3'));
  return all.filter((s) => !all.some((other) => other !== s && other.contains(s)));
}

interface Props extends TopicBodyProps {
  title: string;
  /** undefined while its code is on its way (ReadyBody) */
  body: TopicBody | undefined;
  onClose: () => void;
}

/** Show mode for a body without a points list: renders it once and shows one <section> at a time. */
export function SectionsShow({ title, body, onClose, ...props }: Props) {
  const { lng } = useT('helpers');
  const holder = useRef<HTMLDivElement>(null);
  const english = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [count, setCount] = useState(0);
  useLayoutEffect(() => {
    const apply = () => {
      const sections = pointSections(holder.current);
      setCount(sections.length);
      sections.forEach((s, i) => (s.hidden = i !== index));
    };
    apply();
    // The body's strings arrive after its first render; re-split when they do.
    const observer = new MutationObserver(apply);
    if (holder.current) observer.observe(holder.current, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [index]);
  const textOf = (root: RefObject<HTMLDivElement | null>) => () => {
    const section = pointSections(root.current)[index];
    return section ? readableText(section) : '';
  };
  return (
    <ShowFrame
      title={title}
      index={index}
      count={Math.max(count, 1)}
      onStep={(step) => setIndex((i) => moveIndex(i, step, count))}
      onClose={onClose}
      getText={textOf(holder)}
      {...(lng !== 'en' ? { getEnglishText: textOf(english) } : {})}
    >
      <ReadyBody body={body} {...props} elRef={holder} />
      {lng !== 'en' && (
        <LanguageScope lang="en">
          <ReadyBody body={body} {...props} lang="en" anchors={false} hidden elRef={english} />
        </LanguageScope>
      )}
    </ShowFrame>
  );
}

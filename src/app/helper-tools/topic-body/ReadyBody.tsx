import type { Ref } from 'preact';
import { findTopicContent } from '../../content/topic-contents';
import { useT } from '../../language/use-t';
import { KeptHtml } from '../../ui/use-later';
import type { TopicBody, TopicBodyProps } from './topic-body';

interface Props extends TopicBodyProps {
  /** undefined while the body's code is on its way: a page the server drew keeps the server's body till then */
  body: TopicBody | undefined;
  class?: string;
  hidden?: boolean;
  elRef?: Ref<HTMLDivElement>;
}

/** A topic body in its div, drawn once its code and its words are here in the surrounding language (no flash of raw keys). */
export function ReadyBody({ body, class: className, hidden, elRef, ...props }: Props) {
  // The body's namespace is known before its code is here, so no other namespace is fetched meanwhile.
  const { ready } = useT(body?.ns ?? findTopicContent(props.topic)?.ns ?? props.topic);
  const Body = body?.Body;
  return (
    <KeptHtml ready={!!Body && ready} class={className} hidden={hidden} elRef={elRef}>
      {Body && <Body {...props} />}
    </KeptHtml>
  );
}

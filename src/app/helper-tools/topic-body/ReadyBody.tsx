import { useT } from '../../language/use-t';
import type { TopicBody, TopicBodyProps } from './topic-body';

/** A topic body, drawn once its words have loaded in the surrounding language (no flash of raw keys). */
export function ReadyBody({ body, ...props }: TopicBodyProps & { body: TopicBody }) {
  const { ready } = useT(body.ns ?? 'common');
  const { Body } = body;
  return ready ? <Body {...props} /> : null;
}

// Loads a topic's body for the helper tools; "missing" when the topic has no body (or it failed to load).
import { useContext, useEffect, useState } from 'preact/hooks';
import { TopicBodiesContext, type TopicBody } from './topic-body';

export type TopicBodyState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; body: TopicBody };

export function useTopicBody(topic: string | undefined): TopicBodyState {
  const bodies = useContext(TopicBodiesContext);
  const load = topic ? bodies[topic] : undefined;
  const [state, setState] = useState<TopicBodyState>(load ? { status: 'loading' } : { status: 'missing' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'missing' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (body) => live && setState({ status: 'ready', body }),
      () => live && setState({ status: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** Topic ids that have a body, in the order given. */
export function topicsWithBodies(bodies: Readonly<Record<string, unknown>>, order: readonly string[]): string[] {
  return order.filter((id) => bodies[id] !== undefined);
}

// Loads a topic's body for the helper tools; "missing" when the topic has no body (or it failed to load).
import { useContext, useEffect, useState } from 'preact/hooks';
import { isHydrating } from '../../ui/use-later';
import { TopicBodiesContext, type TopicBody } from './topic-body';

/** "drawn": the server drew the body and this phone is hydrating it before the body's code is here (KeptHtml keeps it). */
export type TopicBodyState = { status: 'loading' } | { status: 'drawn' } | { status: 'missing' } | { status: 'ready'; body: TopicBody };

type Load = () => Promise<TopicBody>;
const loaded = new Map<Load, TopicBody>();

/** Fetches a body and keeps it, so any draw after this has it at once (the server's renderer loads every body first). */
export function loadTopicBody(load: Load): Promise<TopicBody> {
  return load().then((body) => {
    loaded.set(load, body);
    return body;
  });
}

/** The topics whose bodies a render on the server drew: the page links their folders' styles, so nothing moves later. */
export const bodiesDrawn = new Set<string>();

function stateOf(load: Load | undefined, hydrating: boolean): TopicBodyState {
  if (!load) return { status: 'missing' };
  const body = loaded.get(load);
  if (body) return { status: 'ready', body };
  return { status: hydrating ? 'drawn' : 'loading' };
}

/** `keepDrawn`: a body the server drew stays as drawn, its code never fetched (paper needs no live body: the leaflet). */
export function useTopicBody(topic: string | undefined, keepDrawn = false): TopicBodyState {
  const bodies = useContext(TopicBodiesContext);
  const load = topic ? bodies[topic] : undefined;
  const [held, hold] = useState(() => ({ load, state: stateOf(load, isHydrating()) }));
  // What was held is for the topic it was loaded for; another topic starts from what is known of it.
  const state = held.load === load ? held.state : stateOf(load, false);
  if (typeof document === 'undefined' && topic && state.status === 'ready') bodiesDrawn.add(topic);
  useEffect(() => {
    if (state.status !== 'loading' && (state.status !== 'drawn' || keepDrawn)) return;
    let live = true;
    loadTopicBody(load!).then(
      (body) => live && hold({ load, state: { status: 'ready', body } }),
      () => live && hold({ load, state: { status: 'missing' } }),
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

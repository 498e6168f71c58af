// The English words of a topic, as plain text for speech, straight from its strings file and points list.
import type { TopicPoint } from './topic-body';

type Strings = Readonly<Record<string, unknown>>;

function lookup(strings: Strings, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  return typeof value === 'string' ? value : '';
}

/** One line per heading or sentence, values put in; keys missing from the file are left out. */
export function pointsText(strings: Strings, points: readonly TopicPoint[]): string {
  return points
    .flatMap((p) =>
      [p.heading, ...p.text].map((k) => lookup(strings, k).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, n: string) => p.values?.[n] ?? '')),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

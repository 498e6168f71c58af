// The English wording of an area's own sentences (its places' descriptions, its bins' names and rules) for an area
// locales/ does not know yet: keyed as in locales/en/<ns>.json, shown in English until a translation has the key.
import * as v from 'valibot';

/** The namespaces whose area sentences the page looks up in the pack. */
export const WORDED_NAMESPACES = ['bins', 'contacts', 'esol'] as const;

const key = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_-]+)+$/, 'a dotted key such as container.riverside.blue.name'));

// Words only: markup, i18next nesting and broken placeholders would be drawn as raw text or pull in other strings.
const label = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(400, 'at most 400 characters: one or two short sentences'),
  v.check((s) => !/[<>]/.test(s), 'words only: no < or >'),
  v.check((s) => !s.includes('$t('), 'no $t( nesting: write the words out'),
  v.check((s) => s.replace(/\{\{\w+\}\}/g, '').search(/[{}]/) === -1, 'a value is written {{name}}, with nothing else in braces'),
);

export const wordsSchema = v.record(v.picklist(WORDED_NAMESPACES), v.record(key, label));

/** An area words only its own sentences: each key has the area's id as one of its parts (rules.riverside.blue.in.paper). */
export function foreignWordKeys(area: string, words: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined): string[] {
  return Object.entries(words ?? {}).flatMap(([ns, keys]) =>
    Object.keys(keys)
      .filter(
        (k) =>
          !k
            .replace(/_(one|other|zero|two|few|many)$/, '')
            .split('.')
            .includes(area),
      )
      .map((k) => `${ns}.${k}`),
  );
}

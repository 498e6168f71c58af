// Vite plugin: `virtual:translation-status` maps each language to a tiny lazy module with its out-of-date strings
// and wholly reviewed namespaces, computed at build time from the status files and today's English.
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { readStatus, readStrings, STATUS_DIR, LOCALES_DIR } from './locale-files';
import { summarise } from './translation-status-rule';

const ID = 'virtual:translation-status';
// The languages with anything to show (an out-of-date string or a wholly reviewed namespace): a few bytes in the first
// load, so a page in any other language never fetches the status at all.
const FLAGS = 'virtual:translation-flags';

export function translationStatus(): Plugin {
  return {
    name: 'waymark-translation-status',
    resolveId: (id) => (id === ID || id === FLAGS || id.startsWith(`${ID}/`) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${FLAGS}`) {
        const english = readStrings('en');
        const flagged = LANGUAGE_CODES.filter((c) => c !== 'en').filter((c) => {
          const s = summarise(english, readStrings(c), readStatus(c));
          return s.stale.length > 0 || s.reviewed.length > 0;
        });
        return `export const FLAGGED = ${JSON.stringify(flagged.join(' '))};`;
      }
      if (id === `\0${ID}`) {
        const entries = LANGUAGE_CODES.filter((c) => c !== 'en').map(
          (c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(`${ID}/${c}`)})`,
        );
        return `export const STATUS = {${entries.join(', ')}};`;
      }
      if (!id.startsWith(`\0${ID}/`)) return undefined;
      const lng = id.slice(ID.length + 2);
      this.addWatchFile(STATUS_DIR);
      this.addWatchFile(LOCALES_DIR);
      return `export default ${JSON.stringify(summarise(readStrings('en'), readStrings(lng), readStatus(lng)))};`;
    },
  };
}

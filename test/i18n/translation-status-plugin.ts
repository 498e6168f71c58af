// Vite plugin: `virtual:translation-status` maps each language to a tiny lazy module with its out-of-date strings
// and wholly reviewed namespaces, computed at build time from the status files and today's English.
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { readStatus, readStrings, STATUS_DIR, LOCALES_DIR } from './locale-files';
import { summarise } from './translation-status-rule';

const ID = 'virtual:translation-status';

export function translationStatus(): Plugin {
  return {
    name: 'waymark-translation-status',
    resolveId: (id) => (id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined),
    load(id) {
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

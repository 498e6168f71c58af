// Component tests: English strings loaded synchronously from the locale files, fresh DOM and storage per test.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';
import { i18n, initI18n } from '../src/app/language/i18n';
import { setAreaContent } from '../src/app/content/current-area';
import { seedArea } from '../src/app/content/seed-packs';

// A lazy chunk (a language's strings, English beside) can take over a second on a loaded 2-core machine: findBy waits 5 s.
configure({ asyncUtilTimeout: 5000 });

// Pages read facts from the loaded pack: tests have the repository's seed packs loaded, as the phone would.
for (const area of ['sefton', 'stockton']) setAreaContent(seedArea(area)!);

beforeAll(async () => {
  if (!i18n.isInitialized) await initI18n('en');
  // The namespace loaders are a lazy chunk in the app; warm it once so no test pays its first import inside findBy's wait.
  await import('../src/app/language/namespace-loaders');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

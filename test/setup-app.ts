// Component tests: English strings loaded synchronously from the locale files, fresh DOM and storage per test.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { i18n, initI18n } from '../src/app/language/i18n';
import { setAreaContent } from '../src/app/content/current-area';
import { seedArea } from '../src/app/content/seed-packs';

// Pages read facts from the loaded pack: tests have the repository's seed packs loaded, as the phone would.
for (const area of ['sefton', 'stockton']) setAreaContent(seedArea(area)!);

beforeAll(async () => {
  if (!i18n.isInitialized) await initI18n('en');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

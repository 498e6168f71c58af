import { describe, expect, it } from 'vitest';
import safety from '../../../locales/en/safety.json';
import { LANGUAGES } from '../../shared/languages';

describe('sentences that count the languages', () => {
  it('"keep every language" names as many languages as Waymark has', () => {
    expect(safety.language.keepAllHelp).toContain(`all ${LANGUAGES.length} languages`);
  });
});

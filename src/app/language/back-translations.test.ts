import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/languages';
import { auditLanguage, hashText, keysToCheck } from '../../../test/i18n/back-translation-rule';
import { readBackTranslations, readStrings } from '../../../test/i18n/locale-files';

const english = readStrings('en');

describe('back-translations', () => {
  it('picks out sentences with a negation, obligation or permission, plural forms together', () => {
    const ids = keysToCheck({
      x: { a: 'You do not have to.', b: 'Open every day.', c_one: '{{count}} day', c_other: 'Only {{count}} days' },
    });
    expect(ids).toEqual(['x:a', 'x:c']);
  });
  it('gives a different short hash when one letter changes', () => {
    expect(hashText('must not')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('must not')).not.toEqual(hashText('must nor'));
  });
  it('checks the reversed Arabic police sentence', () => {
    expect(keysToCheck(english)).toEqual(expect.arrayContaining(['contacts:hate.trueVision', 'report:route.trueVision']));
  });
  it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s has a current, filled back-translation for every such sentence', (lng) => {
    const audit = auditLanguage(english, readStrings(lng), readBackTranslations(lng));
    expect(audit, 'run `npm run back-translations -- --write`, then fill each empty "back"').toEqual({
      missing: [],
      stale: [],
      empty: [],
      orphan: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/report.json';
import { codeKey } from './field-paths';

describe('codeKey', () => {
  it('words the codes the shared schema gives for text and photos it cannot store', () => {
    for (const code of ['control_character', 'lone_surrogate', 'bad_base64', 'empty_photo']) {
      expect(codeKey(code)).toBe(`error.${code}`);
      expect(en.error[code as keyof typeof en.error]).toBeTruthy();
    }
  });
  it('falls back to "invalid" for a code it does not know', () => {
    expect(codeKey('something_new')).toBe('error.invalid');
  });
});

import { describe, expect, it } from 'vitest';
import type { PhoneFact } from '../../content/fact';
import { seedArea } from '../../content/seed-packs';
import { makeContactCard } from './contact-card';

// Migrant Help's number as the national seed pack gives it.
const MIGRANT_HELP = seedArea('sefton')!.fact('migrant-help') as PhoneFact;

describe('makeContactCard', () => {
  it('holds the name and the number from the content data, and nothing about the person', () => {
    const card = makeContactCard('Migrant Help', MIGRANT_HELP);
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Migrant Help',
      'ORG:Migrant Help',
      `TEL;TYPE=VOICE:${MIGRANT_HELP.digits}`,
      'END:VCARD',
      '',
    ]);
  });

  it('escapes characters that vCard reserves', () => {
    expect(makeContactCard('A, B; C', MIGRANT_HELP)).toContain('FN:A\\, B\\; C');
  });
});

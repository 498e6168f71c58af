// A contact card (vCard 3.0) made on the phone, so a number can go into the phone's contacts in one tap.
import type { PhoneFact } from '../../content/fact';

function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

export function makeContactCard(name: string, phone: PhoneFact): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(name)}`,
    `ORG:${escapeText(name)}`,
    `TEL;TYPE=VOICE:${phone.digits}`,
    'END:VCARD',
    '',
  ].join('\r\n');
}

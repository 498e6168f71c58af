import { describe, expect, it } from 'vitest';
import { displayMatches, isUkPhoneNumber } from './uk-phone';

describe('UK phone numbers', () => {
  it.each([
    '999',
    '111',
    '101',
    '116123',
    '08088010503',
    '08001381625',
    '03003301343',
    '01642391959',
    '01519441818',
    '02037160283',
    '07717989025',
  ])('accepts %s', (n) => expect(isUkPhoneNumber(n)).toBe(true));
  it.each([
    ['too short a freephone', '0808801050'],
    ['too long a mobile', '077179890250'],
    ['a premium rate number', '09001234567'],
    ['a text relay prefix', '18001111'],
    ['spaces', '0808 8010 503'],
    ['an international prefix', '+448088010503'],
    ['an unknown short code', '123'],
    ['a London number one digit short', '0203716028'],
  ])('rejects %s', (_why, n) => expect(isUkPhoneNumber(n)).toBe(false));
  it('checks the shown number dials the same digits', () => {
    expect(displayMatches('0808 8010 503', '08088010503')).toBe(true);
    expect(displayMatches('0808 801 0503', '08088010503')).toBe(true);
    expect(displayMatches('0808 8010 530', '08088010503')).toBe(false);
  });
});

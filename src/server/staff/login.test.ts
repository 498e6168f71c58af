import { describe, expect, it } from 'vitest';
import { RULES, throttleDelayMs } from './login-throttle';
import { generatePassword, hashPassword, verifyPassword } from './password';

describe('failed logins', () => {
  it('make the next try wait longer each time, up to a cap', () => {
    expect([0, 4, 5, 6, 7, 10].map((n) => throttleDelayMs(n, RULES.name))).toEqual([0, 0, 2000, 4000, 8000, 60_000]);
    expect(throttleDelayMs(40, RULES.pair)).toBe(15 * 60_000);
  });
});

describe('passwords', () => {
  it('are generated long, unambiguous and different each time', () => {
    const a = generatePassword();
    expect(a).toMatch(/^([2-9A-HJKMNP-TV-Z]{5}-){3}[2-9A-HJKMNP-TV-Z]{5}$/);
    expect(generatePassword()).not.toBe(a);
  });
  it('are stored as salted scrypt hashes that verify only the right password', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct');
    expect(await hashPassword('correct horse')).not.toBe(hash);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { failureDelayMs } from './login';
import { generatePassword, hashPassword, verifyPassword } from './password';

describe('failed logins', () => {
  it('are answered more slowly each time, up to a cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => failureDelayMs(n, 500))).toEqual([500, 1000, 2000, 4000, 8000]);
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

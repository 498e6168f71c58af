import { describe, expect, it } from 'vitest';
import { splitEmail } from './email-parts';

describe('splitEmail', () => {
  it('cuts after the @ and after every dot, and nowhere else', () => {
    expect(splitEmail('proofofsupport@migranthelpuk.org')).toEqual(['proofofsupport@', 'migranthelpuk.', 'org']);
    expect(splitEmail('jo@samaritans.org.uk')).toEqual(['jo@', 'samaritans.', 'org.', 'uk']);
  });

  it('gives the address back unchanged when joined', () => {
    const address = 'talk@stophateuk.org';
    expect(splitEmail(address).join('')).toBe(address);
  });
});

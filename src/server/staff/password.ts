// Staff passwords: generated (never chosen), stored as scrypt hashes with their own parameters and salt.
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { REFERENCE_ALPHABET } from '../intake/reference';

const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** scrypt runs on libuv's pool (4 threads), which also reads static files: at most one hash at a time. */
export const MAX_CONCURRENT_HASHES = 1;
let running = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line, or give it back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many hashes are running or waiting, for tests and for refusing a flood. */
export function hashesInFlight(): number {
  return running + waiting.length;
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return withHashSlot(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: COST.maxmem }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST.N, COST.r, COST.p);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(N), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let decoy: Promise<string> | undefined;

/** Makes the decoy hash ahead of the first unknown name, whose check would otherwise take twice as long. */
export function prepareDecoy(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** Spends the same time as a real check, so an unknown name cannot be told from a wrong password. */
export async function verifyDecoy(password: string): Promise<false> {
  await verifyPassword(password, await prepareDecoy());
  return false;
}

/** 20 characters from the unambiguous alphabet (about 98 bits), in groups of five for reading aloud. */
export function generatePassword(): string {
  const chars = Array.from({ length: 20 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

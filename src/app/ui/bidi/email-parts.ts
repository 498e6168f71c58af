// Where a long e-mail address may wrap: only after its "@" and its dots, never inside a word.

/** "help@migranthelpuk.org" → ["help@", "migranthelpuk.", "org"]; joined, the parts are the address again. */
export function splitEmail(address: string): string[] {
  return address.split(/(?<=[@.])/).filter((part) => part !== '');
}

// How much this site keeps on the phone, in the person's own number format ("2.4 MB").
export async function spaceUsed(): Promise<number | undefined> {
  try {
    return (await navigator.storage?.estimate?.())?.usage;
  } catch {
    return undefined;
  }
}

export function formatSize(bytes: number, bcp47: string): string {
  return new Intl.NumberFormat(bcp47, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

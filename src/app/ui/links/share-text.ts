// Share through the phone's share sheet where there is one; otherwise copy to the clipboard.
export interface ShareData {
  title: string;
  text?: string;
  url?: string;
}

export interface ShareCapable {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: { writeText: (text: string) => Promise<void> };
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export function copyText(data: ShareData): string {
  return [data.text ?? data.title, data.url].filter(Boolean).join('\n');
}

export async function shareOrCopy(data: ShareData, nav: ShareCapable): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls through to copying.
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
    }
  }
  if (!nav.clipboard) return 'failed';
  try {
    await nav.clipboard.writeText(copyText(data));
    return 'copied';
  } catch {
    return 'failed';
  }
}

// A part the server drew with code this phone has not fetched yet (search results) stays as the server's HTML while the
// page hydrates: Preact leaves an element with dangerouslySetInnerHTML alone then, so nothing shifts and no code comes first.
import { useState } from 'preact/hooks';

/** The server's inner HTML of `[data-drawn=<id>]` when it drew it for `key` (what it shows), read once while hydrating. */
export function useServerDrawn(id: string, key: string): string | undefined {
  const [html] = useState(() => {
    // Once the page is live, a part is drawn by its own code: the server's copy (if still there) belongs to another view.
    if (typeof document === 'undefined' || 'hydrated' in document.documentElement.dataset) return undefined;
    const drawn = document.querySelector<HTMLElement>(`[data-drawn="${id}"]`);
    return drawn && drawn.dataset.key === key ? drawn.innerHTML : undefined;
  });
  return html;
}

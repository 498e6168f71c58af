import { useEffect } from 'preact/hooks';

/** The last title asked for while rendering: the server writes it into <title>. */
export const pageTitle = { current: 'Waymark' };

/** Names the page for tabs, history and screen readers (WCAG 2.4.2). */
export function usePageTitle(...parts: (string | undefined)[]): void {
  const title = [...parts.filter(Boolean), 'Waymark'].join(' · ');
  pageTitle.current = title;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

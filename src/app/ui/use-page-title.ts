import { useEffect } from 'preact/hooks';

/** Names the page for tabs, history and screen readers (WCAG 2.4.2). */
export function usePageTitle(...parts: (string | undefined)[]): void {
  const title = [...parts.filter(Boolean), 'Waymark'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

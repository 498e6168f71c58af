// Whether the shown point has words below the visible part: checked on scroll, on resize and whenever its
// content changes (its words arrive late, a section is swapped), so the "more below" sign is never stale.
import { useLayoutEffect, useState } from 'preact/hooks';

/** Pixels of slack, so rounding never shows the sign at the very bottom. */
const SLACK = 4;

export function hasMoreBelow(el: Pick<HTMLElement, 'scrollHeight' | 'scrollTop' | 'clientHeight'>): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight > SLACK;
}

export function useMoreBelow(ref: { current: HTMLElement | null }, index: number): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setMore(hasMoreBelow(el));
    check();
    el.addEventListener('scroll', check, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    resized?.observe(el);
    if (el.firstElementChild) resized?.observe(el.firstElementChild);
    const changed = new MutationObserver(check);
    changed.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    return () => {
      el.removeEventListener('scroll', check);
      resized?.disconnect();
      changed.disconnect();
    };
  }, [index]);
  return more;
}

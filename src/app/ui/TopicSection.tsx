import type { ComponentChildren } from 'preact';

/** A titled part of a topic page; its id is what search results and shared links jump to. */
export function TopicSection({
  id,
  anchors = true,
  title,
  children,
}: {
  id: string;
  anchors?: boolean;
  title: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section id={anchors ? id : undefined} class="topic-section stack">
      <h2 tabIndex={anchors ? -1 : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/** A row of one-tap actions (call, email, open a page). */
export function Actions({ children }: { children: ComponentChildren }) {
  return <div class="actions">{children}</div>;
}

// The notice as a picture: a line from the letter (day 0) to the end, with the lock-change day marked. Drawn from the
// count facts, mirrored for right-to-left reading; the list beside it says the same in words.
const WIDTH = 320;
const PAD = 24;

interface Props {
  ends: number;
  lock: number;
  dir: 'ltr' | 'rtl';
}

export function NoticeTimeline({ ends, lock, dir }: Props) {
  const along = (day: number) => PAD + (day / ends) * (WIDTH - 2 * PAD);
  const x = (day: number) => (dir === 'rtl' ? WIDTH - along(day) : along(day));
  const marks = [
    { day: 0, cls: 'start' },
    { day: lock, cls: 'lock' },
    { day: ends, cls: 'end' },
  ];
  return (
    <svg class="notice-timeline" viewBox={`0 0 ${WIDTH} 72`} aria-hidden="true" focusable="false" data-dir={dir}>
      <line x1={x(0)} y1="28" x2={x(lock)} y2="28" class="span-before" />
      <line x1={x(lock)} y1="28" x2={x(ends)} y2="28" class="span-after" />
      {marks.map((m) => (
        <g key={m.cls} class={`mark mark-${m.cls}`} data-day={m.day}>
          <circle cx={x(m.day)} cy="28" r={m.cls === 'start' ? 6 : 9} />
          <text x={x(m.day)} y="62" text-anchor="middle" direction="ltr">
            {m.day}
          </text>
        </g>
      ))}
    </svg>
  );
}

// A simple drawing of the real container in the council's colour, with an icon of what goes in it.
// Decorative: the words beside it always say the colour and the use, so colour is never the only signal.
import type { Container, ContainerShape, ContentIcon } from '../../content/bins/bin-rules';
import { LineIcon } from '../../ui/Icon';

const OUTLINE = { stroke: 'currentColor', 'stroke-width': 2, 'stroke-linejoin': 'round' } as const;

function shape(kind: ContainerShape, fill: string) {
  switch (kind) {
    case 'wheelie-bin':
      return (
        <>
          <path d="M15 7V4h18v3" fill="none" {...OUTLINE} />
          <rect x="7" y="7" width="34" height="6" rx="1.5" fill={fill} {...OUTLINE} />
          <path d="M10 13h28l-3 26H13z" fill={fill} {...OUTLINE} />
          <circle cx="15" cy="42" r="3.5" fill="currentColor" />
          <circle cx="33" cy="42" r="3.5" fill="currentColor" />
        </>
      );
    case 'bag':
      return (
        <>
          <path d="M18 7h12l-2 6c8 3 12 11 11 20-1 6-5 10-15 10S10 39 9 33c-1-9 3-17 11-20z" fill={fill} {...OUTLINE} />
          <path d="M19 13h10" fill="none" {...OUTLINE} />
        </>
      );
    case 'box':
      return (
        <>
          <path d="M6 18h36l-3 23H9z" fill={fill} {...OUTLINE} />
          <path d="M3 18h42" fill="none" {...OUTLINE} />
        </>
      );
    case 'caddy':
      return (
        <>
          <path d="M15 18c0-10 18-10 18 0" fill="none" {...OUTLINE} />
          <rect x="10" y="17" width="28" height="6" rx="1.5" fill={fill} {...OUTLINE} />
          <path d="M12 23h24l-2 18H14z" fill={fill} {...OUTLINE} />
        </>
      );
  }
}

const ICONS: Record<ContentIcon, string> = {
  recycle: 'M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M6 21v-4h4',
  rubbish: 'M4 6h16M9 6V4h6v2M6 6l1 14h10l1-14M10 10v7M14 10v7',
  garden: 'M5 19C5 10 11 5 20 5c0 9-5 15-14 15zM5 19l8-8',
  food: 'M12 8c-2-2-7-2-7 4 0 5 3 9 5 9 1 0 1-1 2-1s1 1 2 1c2 0 5-4 5-9 0-6-5-6-7-4zM12 8c0-2 1-4 3-5',
  paper: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
  glass: 'M10 3h4v4l2 3v11H8V10l2-3zM8 14h8',
};

export function ContentIconImage({ icon }: { icon: ContentIcon }) {
  return <LineIcon d={ICONS[icon]} />;
}

export function BinPicture({ container, size = 48 }: { container: Pick<Container, 'shape' | 'colour'>; size?: number }) {
  return (
    <svg
      class="bin-picture"
      width={size}
      height={size}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      data-colour={container.colour ?? 'none'}
    >
      {shape(container.shape, container.colour ?? 'none')}
    </svg>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { readArrowKey, readSwipe, type Step } from './swipe';
import { useMoreBelow } from './use-more-below';
import '../toolbar/helpers.css';
import './show.css';

interface Props {
  title: string;
  index: number;
  count: number;
  onStep: (step: Step) => void;
  onClose: () => void;
  /** the current point's words, and its English, for reading aloud */
  getText: () => string;
  getEnglishText?: () => string;
  children: ComponentChildren;
}

/** Full screen, large type, one point at a time: buttons, arrow keys and swipes move; Escape closes. */
export function ShowFrame({ title, index, count, onStep, onClose, getText, getEnglishText, children }: Props) {
  const { t, dir, bcp47 } = useT('helpers');
  const start = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const point = useRef<HTMLDivElement>(null);
  useEffect(() => frame.current?.focus(), []);
  // A new point starts at its top, even if the last one was scrolled.
  useEffect(() => point.current?.scrollTo?.({ top: 0 }), [index]);
  const more = useMoreBelow(point, index);
  const scrollOn = () => {
    const el = point.current;
    if (el) el.scrollTop += Math.round(el.clientHeight * 0.8);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return onClose();
    const step = readArrowKey(e.key, dir);
    if (step) onStep(step);
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = start.current;
    start.current = null;
    const step = from && readSwipe(e.clientX - from.x, e.clientY - from.y, dir);
    if (step) onStep(step);
  };
  return (
    <div class="show-frame" ref={frame} tabIndex={-1} lang={bcp47} dir={dir} onKeyDown={onKeyDown}>
      <div class="show-bar">
        <h1 class="show-title">{title}</h1>
        <button type="button" class="button button-quiet" onClick={onClose}>
          <Icon name="close" /> {t('show.close')}
        </button>
      </div>
      <div
        class={more ? 'show-point show-point-more' : 'show-point'}
        ref={point}
        tabIndex={0}
        onPointerDown={(e) => (start.current = { x: e.clientX, y: e.clientY })}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (start.current = null)}
      >
        {children}
      </div>
      {/* Always in the layout (hidden when all is seen), so the point never jumps as the sign comes and goes. */}
      <button type="button" class="button button-quiet show-more" onClick={scrollOn} hidden={!more} aria-hidden={!more}>
        <span class="show-more-icon">
          <Icon name="next" />
        </span>{' '}
        {t('show.more')}
      </button>
      <div class="show-controls">
        <button type="button" class="button show-step" onClick={() => onStep('back')} disabled={index === 0}>
          <span class="dir-icon">
            <Icon name="back" />
          </span>{' '}
          {t('show.back')}
        </button>
        <p class="show-position" aria-live="polite">
          {t('show.position', { current: index + 1, total: count })}
        </p>
        <button type="button" class="button show-step" onClick={() => onStep('next')} disabled={index >= count - 1}>
          {t('show.next')}{' '}
          <span class="dir-icon">
            <Icon name="next" />
          </span>
        </button>
      </div>
      <p class="show-hint">{t('show.hint')}</p>
      <div class="show-read read-aloud-slot">
        <ReadAloud key={index} compact getText={getText} {...(getEnglishText ? { getEnglishText } : {})} />
      </div>
    </div>
  );
}

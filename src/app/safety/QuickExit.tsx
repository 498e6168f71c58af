// GOV.UK's "Exit this page", our own code: a button at the top that stays in view, and Shift pressed three times.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../language/use-t';
import { leaveQuickly } from './leave-quickly';
import { NEUTRAL_URL } from './neutral-page';
import { NO_PRESSES, PRESSES_TO_LEAVE, WINDOW_MS, pressShift } from './shift-presses';
import './quick-exit.css';

export function QuickExit() {
  const { t, bcp47, dir } = useT('safety');
  const [count, setCount] = useState(0);
  // A real link, so it leaves with JavaScript off too; with JavaScript, the data is erased and the history entry replaced.
  const leave = (e: Event) => {
    e.preventDefault();
    setCount(PRESSES_TO_LEAVE);
    void leaveQuickly();
  };
  // role="button" as GOV.UK's own: Space activates it like a button.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === ' ') leave(e);
  };
  useEffect(() => {
    let presses = NO_PRESSES;
    let modified = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      clearTimeout(timer);
      presses = NO_PRESSES;
      setCount(0);
    };
    // Counted on release, and only a Shift not used for a capital letter: typing never leaves the page.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'Shift' && !modified) {
        presses = pressShift(presses, Date.now());
        setCount(presses.count);
        clearTimeout(timer);
        if (presses.count >= PRESSES_TO_LEAVE) void leaveQuickly();
        else timer = setTimeout(reset, WINDOW_MS);
      } else if (presses.count > 0) reset();
      modified = e.shiftKey;
    };
    document.addEventListener('keyup', onKeyUp, true);
    return () => {
      document.removeEventListener('keyup', onKeyUp, true);
      clearTimeout(timer);
    };
  }, []);
  const told = count >= PRESSES_TO_LEAVE ? t('exit.leaving') : count > 0 ? t(count === 1 ? 'exit.twoMore' : 'exit.oneMore') : '';
  return (
    <div class="quick-exit" lang={bcp47} dir={dir}>
      <a
        href={NEUTRAL_URL}
        role="button"
        class="button quick-exit-button"
        rel="noreferrer"
        draggable={false}
        onClick={leave}
        onKeyDown={onKeyDown}
      >
        {t('exit.button')}
      </a>
      <span class="quick-exit-dots" aria-hidden="true" data-count={count}>
        {Array.from({ length: PRESSES_TO_LEAVE }, (_, i) => (
          <span key={i} class={i < count ? 'quick-exit-dot on' : 'quick-exit-dot'} />
        ))}
      </span>
      <p class="quick-exit-told" role="status">
        {told || t('exit.keys')}
      </p>
    </div>
  );
}

// GOV.UK's "Exit this page" rule: three presses of Shift alone within a few seconds leave the page.
export const PRESSES_TO_LEAVE = 3;
export const WINDOW_MS = 5000;

export interface ShiftPresses {
  count: number;
  /** time of the first press of this run */
  since: number;
}

export const NO_PRESSES: ShiftPresses = { count: 0, since: 0 };

/** One Shift released on its own; a run older than the window starts again from one. */
export function pressShift(state: ShiftPresses, now: number): ShiftPresses {
  if (state.count === 0 || now - state.since > WINDOW_MS) return { count: 1, since: now };
  return { count: state.count + 1, since: state.since };
}

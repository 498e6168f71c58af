// Set once a quick exit starts, so nothing (a draft save waiting on a timer) writes the person's words back.
let leaving = false;

export function startLeaving(): void {
  leaving = true;
}

export function isLeaving(): boolean {
  return leaving;
}

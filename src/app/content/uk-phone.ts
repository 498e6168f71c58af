// Whether a number is one a UK phone can dial, by its shape: short codes, freephone, geographic, non-geographic, mobile.
const SHORT = /^(999|112|111|101|116\d{3})$/;
const SHAPES = [
  /^0800\d{6,7}$/, // freephone 0800: 10 or 11 digits
  /^0808\d{7}$/, // freephone 0808
  /^01\d{8,9}$/, // geographic (a few areas have 10 digits)
  /^02\d{9}$/, // geographic, London, Cardiff and others
  /^03\d{9}$/, // non-geographic, charged as a local call
  /^07\d{9}$/, // mobile
];

export function isUkPhoneNumber(digits: string): boolean {
  return SHORT.test(digits) || SHAPES.some((shape) => shape.test(digits));
}

/** The digits a person reads must be the digits the phone dials. */
export function displayMatches(display: string, digits: string): boolean {
  return display.replace(/\s/g, '') === digits;
}

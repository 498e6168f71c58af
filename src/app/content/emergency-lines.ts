// 999 and the gas emergency line are code, not pack data: the report page draws them first, before any pack is on the
// phone (offline, first visit), and they are the same everywhere. The national pack keeps the same facts for the
// pages that cite them; emergency-lines.test.ts fails when the two differ.
import type { PhoneFact, RuleFact } from './fact';
import * as S from './sources';

const now = { checked: S.CHECKED_PUBLISHERS } as const;

export const EMERGENCY: PhoneFact = {
  kind: 'phone',
  digits: '999',
  display: '999',
  sources: [S.NWAS_999, S.SWAST_999, S.MERSEY_PCC],
  ...now,
};
/** The National Gas Emergency Service: a smell of gas or suspected carbon monoxide, free, day and night, in Sefton (Cadent) and Stockton (NGN). */
export const GAS_EMERGENCY: PhoneFact = {
  kind: 'phone',
  name: 'National Gas Emergency Service',
  digits: '0800111999',
  display: '0800 111 999',
  sources: [S.CADENT_CO, S.CADENT_COVID, S.NGN_NEWS, S.ENA_WINTER_2019],
  ...now,
};
/** Open doors and windows, no phone indoors: what the gas network says to do on a smell of gas. */
export const GAS_SAFETY: RuleFact = { kind: 'rule', sources: [S.CADENT_SAFETY_2020, S.CADENT_COVID], ...now };

/** The emergency block at the top of the report page: 999, and the gas emergency line with what to do first. */
export const EMERGENCY_FACTS: readonly (PhoneFact | RuleFact)[] = [EMERGENCY, GAS_EMERGENCY, GAS_SAFETY];

// "Who should I tell?": for each problem, the official routes with their numbers and sources.
// Numbers come from the shared content data (one place to change them); the words are in locales/<lng>/report.json.
import type { AreaId } from '../../../shared/areas';
import type { Category } from '../../../shared/report';
import type { PhoneFact, RuleFact, Source } from '../../content/fact';
import { localOf } from '../../content/local';
import { INTERPRETER_999 } from '../../content/health';
import { EMERGENCY, GAS_EMERGENCY, GAS_SAFETY, MIGRANT_HELP, MIGRANT_HELP_HOURS, NHS_111, POLICE, STOP_HATE } from '../../content/national';
import * as S from '../../content/sources';

const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, checked: S.CHECKED });
// Facts re-sourced to publisher pages (issue 12): checked that day; 'check' where no publisher page confirms all of it.
const ruleNow = (caveat: 'check' | undefined, ...sources: Source[]): RuleFact =>
  caveat ? { kind: 'rule', sources, checked: S.CHECKED_PUBLISHERS, caveat } : { kind: 'rule', sources, checked: S.CHECKED_PUBLISHERS };

export { EMERGENCY, GAS_EMERGENCY, INTERPRETER_999 };

/** One way to get help. `text` is a key under report:route. The call button names who answers:
 * a proper noun shown as written (`callName`), or a translated word (`callKey`, under report:route). */
export interface Route {
  id: string;
  text: string;
  phone?: PhoneFact;
  callName?: string;
  callKey?: string;
  facts: readonly (PhoneFact | RuleFact)[];
}

const migrantHelp = (id: string, text: string, ...facts: RuleFact[]): Route => ({
  id,
  text,
  phone: MIGRANT_HELP,
  callName: 'Migrant Help',
  facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS, ...facts],
});

const police101: Route = { id: 'police101', text: 'police101', phone: POLICE, callKey: 'police', facts: [POLICE] };
// True Vision's web address is unconfirmed in the fact sheet, so it is named without a link.
const trueVision: Route = { id: 'trueVision', text: 'trueVision', facts: [rule(S.SAFER_COLCHESTER, S.ASK_POLICE)] };
const stopHate: Route = { id: 'stopHate', text: 'stopHate', phone: STOP_HATE, callName: 'Stop Hate UK', facts: [STOP_HATE] };

// Repairs go to Migrant Help (Herald Scotland; the mirrored BBC copy is gone). Harassment and exploitation reports:
// only domestic abuse is confirmed (ASAP on Home Office guidance), so with a caveat. Main contact: GOV.UK and Migrant Help.
const REPAIRS = ruleNow(undefined, S.HERALD);
const SAFETY = ruleNow('check', S.ASAP_DOMESTIC_ABUSE);
const MAIN_CONTACT = ruleNow(undefined, S.GOV_DISPERSAL, S.MH_UPDATE_2022);

export function routesFor(category: Category, area: AreaId): Route[] {
  switch (category) {
    case 'repair':
      return [migrantHelp('migrantHelp', 'repair', REPAIRS)];
    case 'aspen':
      return [migrantHelp('migrantHelp', 'aspen', rule(S.COS_ASPEN))];
    case 'harassment':
      return [police101, ...(localOf(area).stopHate ? [stopHate] : []), trueVision, migrantHelp('migrantHelp', 'safety', SAFETY)];
    case 'antisocial':
      return [police101, migrantHelp('migrantHelp', 'safety', SAFETY)];
    case 'health':
      return [
        { id: 'gpRights', text: 'gpRights', facts: [rule(S.BMA, S.HEALTHWATCH)] },
        { id: 'nhs111', text: 'nhs111Text', phone: NHS_111, callName: 'NHS 111', facts: [NHS_111] },
        migrantHelp('migrantHelp', 'healthHelp', MAIN_CONTACT),
      ];
    case 'school':
      return [
        { id: 'schoolRights', text: 'schoolRights', facts: [rule(S.CORAM, S.DFE_ADMISSIONS)] },
        {
          id: 'council',
          text: 'councilText',
          phone: localOf(area).council.phone,
          callName: localOf(area).council.name,
          facts: [localOf(area).council.phone],
        },
      ];
    case 'other':
      return [migrantHelp('migrantHelp', 'general', MAIN_CONTACT)];
  }
}

export const HAZARDS = ['heating', 'leak', 'electrics', 'gas'] as const;
export type Hazard = (typeof HAZARDS)[number];

// Keep water away from electrics (Southampton); damaged or burning electrics, fire: switch off, get out, 999 (Norfolk).
const LEAK_SAFETY = ruleNow(undefined, S.SOUTHAMPTON_HOME);
const ELECTRICS_SAFETY = ruleNow(undefined, S.NORFOLK_ELECTRICAL, S.SOUTHAMPTON_HOME);

/** What to do now for an urgent repair: the gas emergency line for gas, 999 where there is danger, then Migrant Help (free, 24 hours). */
export const HAZARD_ADVICE: Record<Hazard, { emergency: boolean; gasLine: boolean; facts: readonly (PhoneFact | RuleFact)[] }> = {
  heating: { emergency: false, gasLine: false, facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS, REPAIRS] },
  leak: { emergency: false, gasLine: false, facts: [LEAK_SAFETY, MIGRANT_HELP, MIGRANT_HELP_HOURS, REPAIRS] },
  electrics: { emergency: true, gasLine: false, facts: [ELECTRICS_SAFETY, EMERGENCY, MIGRANT_HELP, MIGRANT_HELP_HOURS, REPAIRS] },
  gas: { emergency: true, gasLine: true, facts: [GAS_EMERGENCY, GAS_SAFETY, EMERGENCY, MIGRANT_HELP, MIGRANT_HELP_HOURS, REPAIRS] },
};

/** The emergency block at the top of the report page: 999, and the gas emergency line with what to do first. */
export const EMERGENCY_FACTS: readonly (PhoneFact | RuleFact)[] = [EMERGENCY, GAS_EMERGENCY, GAS_SAFETY];

export { MIGRANT_HELP, POLICE };

// "Who should I tell?": for each problem, the official routes with their numbers and sources.
// Numbers come from the shared content data (one place to change them); the words are in locales/<lng>/report.json.
import type { AreaId } from '../../shared/areas';
import type { Category } from '../../shared/report';
import type { PhoneFact, RuleFact, Source } from '../content/fact';
import { LOCAL } from '../content/local';
import { EMERGENCY, MIGRANT_HELP, MIGRANT_HELP_HOURS, NHS_111, POLICE, STOP_HATE } from '../content/national';
import * as S from '../content/sources';

const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, checked: S.CHECKED });

export { EMERGENCY };
/** How to ask for an interpreter on a 999 call. */
export const INTERPRETER_999 = rule(S.READING_WALKIN, S.NHS111_WALES);

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

export function routesFor(category: Category, area: AreaId): Route[] {
  switch (category) {
    case 'repair':
      return [migrantHelp('migrantHelp', 'repair', rule(S.BBC_REPAIRS, S.HERALD))];
    case 'aspen':
      return [migrantHelp('migrantHelp', 'aspen', rule(S.COS_ASPEN))];
    case 'harassment':
      return [police101, ...(LOCAL[area].stopHate ? [stopHate] : []), trueVision, migrantHelp('migrantHelp', 'safety', rule(S.OBSERVER_2022))];
    case 'antisocial':
      return [police101, migrantHelp('migrantHelp', 'safety', rule(S.OBSERVER_2022))];
    case 'health':
      return [
        { id: 'gpRights', text: 'gpRights', facts: [rule(S.BMA, S.HEALTHWATCH)] },
        { id: 'nhs111', text: 'nhs111Text', phone: NHS_111, callName: 'NHS 111', facts: [NHS_111] },
        migrantHelp('migrantHelp', 'healthHelp', rule(S.OBSERVER_2022)),
      ];
    case 'school':
      return [
        { id: 'schoolRights', text: 'schoolRights', facts: [rule(S.CORAM, S.DFE_ADMISSIONS)] },
        { id: 'council', text: 'councilText', phone: LOCAL[area].council.phone, callName: LOCAL[area].council.name, facts: [LOCAL[area].council.phone] },
      ];
    case 'other':
      return [migrantHelp('migrantHelp', 'general', rule(S.OBSERVER_2022))];
  }
}

export const HAZARDS = ['heating', 'leak', 'electrics', 'gas'] as const;
export type Hazard = (typeof HAZARDS)[number];

/** What to do now for an urgent repair: 999 only where there is danger, then Migrant Help (free, 24 hours). */
export const HAZARD_ADVICE: Record<Hazard, { emergency: boolean; facts: readonly (PhoneFact | RuleFact)[] }> = {
  heating: { emergency: false, facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS] },
  leak: { emergency: false, facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS] },
  electrics: { emergency: true, facts: [EMERGENCY, MIGRANT_HELP, MIGRANT_HELP_HOURS] },
  gas: { emergency: true, facts: [EMERGENCY, MIGRANT_HELP, MIGRANT_HELP_HOURS] },
};

export { MIGRANT_HELP, POLICE };

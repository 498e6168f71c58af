// Money additions (issue 19): section 98 emergency support, and what to tell Migrant Help when life changes.
import type { RuleFact, Source } from './fact';
import * as S from './safety-sources';
import { CHECKED_PUBLISHERS, GOV_DISPERSAL } from './sources';

const now = { checked: CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...now });

export const SECTION_98 = rule(S.ASAP_S98, S.NRPF_S98);
export const SECTION_98_ENDS = rule(S.NRPF_S98);
// GOV.UK's guides say they tell you where to report changes; the list itself is not on a page read, so with the caveat.
export const REPORT_CHANGES: RuleFact = { ...rule(S.GOV_INITIAL, GOV_DISPERSAL), caveat: 'check' };
export const NEW_NEEDS_EVIDENCE = rule(S.MH_FAQ_NEEDS);

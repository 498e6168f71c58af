// Complaints and what to do when nothing happens: report to Migrant Help, the housing company by area, the Home
// Office's own complaints procedure and its reply time, and the next step when the reply does not solve it.
import type { AreaId } from '../../shared/areas';
import * as D from './decision-sources';
import type { CountFact, LinkFact, RuleFact, Source } from './fact';
import { EMERGENCY, MIGRANT_HELP } from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: D.CHECKED_DECISION } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });

export const MH_REPORTS = rule(S.MH_UPDATE_2022, D.MH_RECORD_STRAIGHT);
export const MH_NOT_LANDLORD = rule(D.MH_RECORD_STRAIGHT);
// The Sefton review names Serco for the North West; the trade press confirms the 2019 award of ten-year contracts.
// No page from 2025-26 was read, so both carry CHECK.
const check = (...sources: Source[]): RuleFact => ({ ...rule(...sources), caveat: 'check' });
const PROVIDERS: Readonly<Record<'sefton' | 'stockton', { name: string; fact: RuleFact }>> = {
  sefton: { name: 'Serco', fact: check(D.SEFTON_REVIEW, D.CONSTRUCTION_INDEX_AASC, D.CSW_AASC) },
  stockton: { name: 'Mears Group', fact: check(D.MEARS_CONTRACTS, D.CONSTRUCTION_INDEX_AASC, D.CSW_AASC) },
};
// An area added from a pack has no sourced housing provider yet: its page leaves that section out.
const providerOf = (area: AreaId) => (area === 'sefton' || area === 'stockton' ? PROVIDERS[area] : undefined);
export const providerFact = (area: AreaId): RuleFact | undefined => providerOf(area)?.fact;
export const SEFTON_PROVIDER = PROVIDERS.sefton.fact;
export const STOCKTON_PROVIDER = PROVIDERS.stockton.fact;
export const UKVI_REPLY: CountFact = { kind: 'count', value: 20, unit: 'days', sources: [D.UKVI_COMPLAINTS], ...at };
export const UKVI_WITHIN: CountFact = { kind: 'count', value: 3, unit: 'months', sources: [D.UKVI_COMPLAINTS], ...at };
export const UKVI_PAGE: LinkFact = { kind: 'link', url: D.UKVI_COMPLAINTS.url, sources: [D.UKVI_COMPLAINTS], ...at };
export const DECISION_NOT_COMPLAINT = rule(D.UKVI_COMPLAINTS);

export const COMPLAINTS: TopicContent = {
  topic: 'complaints',
  ns: 'complaints',
  sections: (area) => [
    { id: 'report', facts: [MH_REPORTS, MH_NOT_LANDLORD, MIGRANT_HELP], names: ['Migrant Help'] },
    ...[providerOf(area)].flatMap((p) => (p ? [{ id: 'provider', facts: [p.fact], names: [p.name] }] : [])),
    { id: 'homeOffice', facts: [UKVI_REPLY, UKVI_WITHIN, UKVI_PAGE, DECISION_NOT_COMPLAINT], names: ['UK Visas and Immigration'] },
    { id: 'nothing', facts: [MIGRANT_HELP, EMERGENCY] },
  ],
  counts: { 'homeOffice.reply': 'replyDays', 'homeOffice.within': 'withinMonths' },
  values: (area) => ({
    provider: providerOf(area)?.name ?? '',
    replyDays: String(UKVI_REPLY.value),
    withinMonths: String(UKVI_WITHIN.value),
    emergency: EMERGENCY.display,
  }),
};

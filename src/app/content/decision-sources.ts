// Pages the decision, legal-help and complaints topics were read from (issue 19), each the publisher's own page.
import type { Source } from './fact';

/** The day these facts were read on their publishers' pages. */
export const CHECKED_DECISION = '2026-12-01';

const src = (publisher: string, title: string, url: string, pageDate?: string): Source =>
  pageDate ? { publisher, title, url, pageDate } : { publisher, title, url };

// The council review has no web address in the fact sheet (facts.md §11): cited by title, linked to the council's site.
export const SEFTON_REVIEW = src(
  'Sefton Council',
  'Overview and Scrutiny Committee (Regeneration and Skills): Housing Support Services to Vulnerable People Working Group, Final Report, paragraph 9.6 (cited by title; no web address found)',
  'https://www.sefton.gov.uk/',
  'September 2021',
);
export const HL348_MOVE_ON = src(
  'Parallel Parliament (UK Parliament written answer HL348, Home Office)',
  'Refugees: Biometric Residence Permits',
  'https://www.parallelparliament.co.uk/question/HL348/refugees-biometric-residence-permits',
  '2023-11-29',
);
export const RTR_MOVE_ON_2025 = src(
  'Right to Remain',
  'Move On Support for Newly Recognised Refugees: What’s Changing from 1 September 2025',
  'https://righttoremain.org.uk/move-on-support-for-newly-recognised-refugees-whats-changing-from-1-september-2025',
);
export const RTR_MOVE_ON_56 = src('Right to Remain', 'Move on period extended to 56 days', 'https://righttoremain.org.uk/?p=43559');
export const NRPF_SUPPORT_ENDS = src(
  'NRPF Network',
  'When Home Office support ends',
  'https://nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/support-options-for-people-with-nrpf/home-office-support/when-home-office-support-ends',
);
export const NW_RSMP_DECISION = src(
  'North West Regional Strategic Migration Partnership',
  'Once you have received your decision',
  'https://northwestrsmp.org.uk/asylum/information-for-people-seeking-asylum/once-you-have-received-your-decision',
);
export const MH_NEGATIVE = src(
  'Migrant Help',
  'Support available following a negative decision',
  'https://selfserve.migranthelpuk.org/resources/view/?id=329f404b-56e3-ef11-9342-6045bd0e7ee3',
);
export const GOV_IMMIGRATION_APPEAL = src(
  'GOV.UK',
  'Appeal against a visa or immigration decision: appeal by post or email',
  'https://www.gov.uk/immigration-asylum-tribunal/appeal-decision-post-email',
);
export const GOV_SECTION_4 = src(
  'GOV.UK (Home Office)',
  'Asylum support: section 4(2) policy',
  'https://www.gov.uk/government/publications/asylum-support-section-42-policy/asylum-support-section-42-policy-accessible',
  '2025-09-18',
);
export const ASAP_SECTION_4 = src(
  'Asylum Support Appeals Project',
  'Factsheet 2: Section 4 support',
  'https://asaproject.org/documents/factsheet-2-section-4-support',
  'July 2021',
);
export const GOV_REGULATED_ADVISER = src(
  'GOV.UK (Office of the Immigration Services Commissioner)',
  'How to become a regulated immigration adviser',
  'https://www.gov.uk/government/publications/how-to-become-a-regulated-immigration-adviser/how-to-become-a-regulated-immigration-adviser',
  '2022-10-13',
);
export const RTR_LEGAL_CASE = src('Right to Remain', 'Toolkit: your legal case', 'https://righttoremain.org.uk/toolkit/yourlegalcase/');
export const CORAM_LEGAL = src(
  'Coram Children’s Legal Centre',
  'Getting legal representation',
  'https://childrenslegalcentre.com/resources/getting-legal-representation',
);
export const MH_RECORD_STRAIGHT = src(
  'Migrant Help',
  'Setting the record straight: Migrant Help in the media',
  'https://www.migranthelpuk.org/news/setting-the-record-straight-migrant-help-in-the-media',
  '2022-08-12',
);
export const MEARS_CONTRACTS = src(
  'Mears Group',
  'Mears awarded three Asylum Accommodation and Support Contracts',
  'https://www.mearsgroup.co.uk/news/mears-awarded-three-asylum-accommodation-and-support-contracts',
);
export const CONSTRUCTION_INDEX_AASC = src(
  'The Construction Index',
  'Mears wins asylum support contracts',
  'https://www.theconstructionindex.co.uk/news/view/mears-wins-asylum-support-contracts',
  '2019-01-09',
);
export const CSW_AASC = src(
  'Civil Service World',
  'G4S loses out as Home Office announces 10-year asylum housing contracts',
  'https://www.civilserviceworld.com/professions/article/g4s-loses-out-as-home-office-announces-10year-asylum-housing-contracts',
);
export const UKVI_COMPLAINTS = src(
  'GOV.UK (UK Visas and Immigration)',
  'Complaints procedure',
  'https://www.gov.uk/government/organisations/uk-visas-and-immigration/about/complaints-procedure',
);

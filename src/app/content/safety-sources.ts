// Publisher pages behind the money topic's section 98 and changes (issue 19), each with its own page date. The pages behind
// staying safe, health of mind and food moved with their facts into the packs (src/packs).
import { src } from './sources';

// Money: section 98 and changes of circumstances
export const ASAP_S98 = src(
  'Asylum Support Appeals Project',
  'Factsheet 17: s98 support',
  'https://www.asaproject.org/documents/factsheet-17-s98-support',
  '2025-01-02',
);
export const NRPF_S98 = src(
  'NRPF Network',
  'Section 98 emergency support',
  'https://www.nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/support-options-for-people-with-nrpf/home-office-support/section-98-emergency-support',
);
export const GOV_INITIAL = src(
  'GOV.UK',
  'A guide to living in initial accommodation',
  'https://www.gov.uk/government/publications/living-in-initial-accommodation/a-guide-to-living-in-initial-accommodation-accessible',
  '2023-12-05',
);
export const MH_FAQ_NEEDS = src(
  'Migrant Help',
  'I am in initial contingency accommodation and want to know when I will be moved',
  'https://www.migranthelpuk.org/faqs/i-am-in-initial-contingency-accommodation-and-want-to-know-when-i-will-be-moved-to-longer-term-dispersal-accommodation',
);

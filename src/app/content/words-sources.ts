// Publishers' pages the glossary's definitions were read from (2026-12-01), named once for words.ts.
import { src } from './sources';

export const CHECKED_WORDS = '2026-12-01';

export const LONDON_SUPPORT = src(
  'Mayor of London',
  'Asylum accommodation and support',
  'https://www.london.gov.uk/programmes-strategies/communities-and-social-justice/migrant-londoners-hub/housing-and-homelessness/asylum-accommodation-and-support',
  '2024-02-22',
);
export const NRPF_S98 = src(
  'NRPF Network',
  'Section 98 emergency support',
  'https://www.nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/support-options-for-people-with-nrpf/home-office-support/section-98-emergency-support',
);
export const ASAP_S98 = src(
  'Asylum Support Appeals Project',
  'Factsheet 17: s98 support',
  'https://www.asaproject.org/documents/factsheet-17-s98-support',
  '2025-01-02',
);
export const GOV_ARC = src(
  'GOV.UK',
  'Application registration card: caseworker guidance',
  'https://www.gov.uk/government/publications/application-registration-card-and-standard-acknowledgment-letter',
  '2021-09-08',
);
export const DCHS_ARC = src(
  'Derbyshire Community Health Services NHS',
  'New Application Registration Card',
  'https://my.dchs.nhs.uk/news/news-articles/post/8241/new-application-registration-card',
);
export const GOV_EVISA = src('GOV.UK', 'Online immigration status (eVisa)', 'https://www.gov.uk/guidance/online-immigration-status-evisa');
export const RTR_MOVE_ON = src('Right to Remain', 'Move on period extended to 56 days', 'https://righttoremain.org.uk/?p=43559');
export const NRPF_SUPPORT_ENDS = src(
  'NRPF Network',
  'When Home Office support ends',
  'https://www.nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/support-options-for-people-with-nrpf/home-office-support/when-home-office-support-ends',
);
export const ADVICENOW_MOVE_ON = src(
  'Advicenow',
  'Home Office reverts to 28-day move-on period for new refugees',
  'https://www.advicenow.org.uk/about-us/news-and-updates/home-office-reverts-28-day-move-period-new-refugees',
);
export const FREE_MOVEMENT_NTQ = src(
  'Free Movement',
  'Home Office change in practice increases risk of homelessness for recognised refugees',
  'https://freemovement.org.uk/home-office-change-in-practice-increases-risk-of-homelessness-for-recognised-refugees/',
);
export const RTR_FRESH_CLAIM = src('Right to Remain', 'Toolkit: fresh claims', 'https://righttoremain.org.uk/toolkit/freshclaim/');
export const COMMONS_ESOL = src(
  'House of Commons Library',
  'Adult ESOL in England',
  'https://researchbriefings.parliament.uk/ResearchBriefing/Summary/CBP-7905',
  '2017-11-08',
);
export const GOV_INITIAL = src(
  'GOV.UK',
  'A guide to living in initial accommodation',
  'https://www.gov.uk/government/publications/living-in-initial-accommodation/a-guide-to-living-in-initial-accommodation-accessible',
  '2023-12-05',
);

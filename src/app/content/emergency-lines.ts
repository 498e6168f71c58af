// 999 and the gas emergency line are code, not pack data: the report page draws them first, before any pack is on the
// phone (offline, first visit), and they are the same everywhere. The national pack keeps the same facts for the
// pages that cite them; emergency-lines.test.ts fails when the two differ.
import type { PhoneFact, RuleFact, Source } from './fact';

const now = { checked: '2026-12-01' } as const;

const NWAS_999: Source = {
  publisher: 'North West Ambulance Service (NHS)',
  title: 'Urgent and emergency care (999)',
  url: 'https://www.nwas.nhs.uk/services/urgent-and-emergency-care-999/',
};
const SWAST_999: Source = {
  publisher: 'South Western Ambulance Service (NHS)',
  title: 'When to call 999',
  url: 'https://www.swast.nhs.uk/when-to-call-999',
};
const MERSEY_PCC: Source = {
  publisher: 'Merseyside Police and Crime Commissioner',
  title: 'Hate crime',
  url: 'https://merseysidepcc.info/get-involved/resources-campaigns/hate-crime/',
};
const CADENT_CO: Source = { publisher: 'Cadent Gas', title: 'Carbon monoxide advice', url: 'https://cadentgas.com/carbon-monoxide-advice' };
const CADENT_COVID: Source = {
  publisher: 'Cadent Gas',
  title: 'Message from Howard Forster, Chief Operating Officer (coronavirus)',
  url: 'https://cadentgas.com/coronavirus',
  pageDate: '2020',
};
const CADENT_SAFETY_2020: Source = {
  publisher: 'Cadent Gas',
  title: 'Safety warning as survey reveals most people don’t know what to do if they smell gas',
  url: 'https://cadentgas.com/news-media/news/September-2020/Safety-warning',
  pageDate: 'September 2020',
};
const NGN_NEWS: Source = {
  publisher: 'Northern Gas Networks',
  title: 'Latest news',
  url: 'https://www.northerngasnetworks.co.uk/about-us/latest-news/',
  pageDate: '2021-11-22',
};
const ENA_WINTER_2019: Source = {
  publisher: 'Energy Networks Association',
  title: '7 million milestone reached as public urged to be winter ready',
  url: 'https://www.energynetworks.org/newsroom/7-million-milestone-reached-as-energy-networks-association-urges-the-public-to-be-winter-ready',
  pageDate: '2019-12-01',
};

export const EMERGENCY: PhoneFact = {
  kind: 'phone',
  digits: '999',
  display: '999',
  sources: [NWAS_999, SWAST_999, MERSEY_PCC],
  ...now,
};
/** The National Gas Emergency Service: a smell of gas or suspected carbon monoxide, free, day and night, in Sefton (Cadent) and Stockton (NGN). */
export const GAS_EMERGENCY: PhoneFact = {
  kind: 'phone',
  name: 'National Gas Emergency Service',
  digits: '0800111999',
  display: '0800 111 999',
  sources: [CADENT_CO, CADENT_COVID, NGN_NEWS, ENA_WINTER_2019],
  ...now,
};
/** Open doors and windows, no phone indoors: what the gas network says to do on a smell of gas. */
export const GAS_SAFETY: RuleFact = { kind: 'rule', sources: [CADENT_SAFETY_2020, CADENT_COVID], ...now };

/** The emergency block at the top of the report page: 999, and the gas emergency line with what to do first. */
export const EMERGENCY_FACTS: readonly (PhoneFact | RuleFact)[] = [EMERGENCY, GAS_EMERGENCY, GAS_SAFETY];

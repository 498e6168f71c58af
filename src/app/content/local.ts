// What differs between the two areas: the council's number, who runs adult skills, local organisations.
// Organisations appear only where a source confirms what they offer; their words live in locales/.
import type { AreaId } from '../../shared/areas';
import { SEFTON_BROWN } from './bins/bin-sources';
import type { AddressFact, Fact, LinkFact, PhoneFact, RuleFact, Source } from './fact';
import {
  ALM_ENGLISH_UK,
  ALM_LLOYDS,
  AOC_TEES,
  CHECKED,
  CHECKED_PUBLISHERS,
  DARLINGTON,
  FENEWS,
  LCRCA,
  src,
  STOCKTON_COLLEGE,
  STOCKTON_COLLEGE_SITE,
} from './sources';

const at = { checked: CHECKED } as const;
const now = { checked: CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });

// http only in the fact sheet: kept as given, allow-listed in facts.test.ts.
const SEFTON_SACKS = src('Sefton Council', 'Sacks to bins roll out', 'http://www.sefton.gov.uk/sacks-to-bins-rollout');
const STOCKTON_GARDEN = src(
  'Stockton-on-Tees Borough Council',
  'Garden waste bins',
  'https://stockton.gov.uk:443/article/16199/Garden-waste-bins',
);
const BOSCO_NEWS = src('The Bosco Society', 'News', 'https://www.boscosociety.org.uk/news');
const BOSCO_SITUP = src('The Bosco Society', 'The Sit-Up Service', 'https://www.boscosociety.org.uk/provision/the-sit-up-service');
const ST_PETERS = src('St Peter’s Church Formby', 'Refugee Support Group', 'https://stpetersformby.co.uk/refugee-support-group');
const RWC = src(
  'Refugee Women Connect',
  'How the outreach team continued their work through lockdown',
  'https://www.refugeewomenconnect.org.uk/Blog/how-the-outreach-team-have-continued-their-vital-work-through-lockdown',
);
const JUSTICE_FIRST = src('Justice First', 'Services and support', 'http://justicefirst.org.uk/services-and-support/');
const JUSTICE_FIRST_HARTLEPOOL = src(
  'Hartlepool Now',
  'Justice First',
  'https://www.hartlepoolnow.co.uk/organisations/15348-justice-first',
);
const JUSTICE_FIRST_NEWS = src('Justice First', 'News (Mary Thompson Fund)', 'http://justicefirst.org.uk/news/');

/** A local organisation or place. `name` is a proper noun, shown as written; what it does is in locales. */
export interface Place {
  id: string;
  name: string;
  facts: readonly Fact[];
  phone?: PhoneFact;
  address?: AddressFact;
}

export interface LocalContent {
  council: { name: string; phone: PhoneFact };
  /** the combined authority that funds adult English classes */
  skills: { name: string; fact: RuleFact; example?: RuleFact };
  /** where English classes run: always a place to ask, with its website where a source gives one */
  esolProvider: Place & { link?: LinkFact };
  places: readonly Place[];
  /** Stop Hate UK covers Merseyside only */
  stopHate: boolean;
}

const BOSCO_PHONE: PhoneFact = {
  kind: 'phone',
  name: 'The Bosco Society',
  digits: '01519441818',
  display: '0151 944 1818',
  sources: [BOSCO_NEWS],
  ...at,
};
const BOSCO_ADDRESS: AddressFact = {
  kind: 'address',
  lines: ['59-61 Merton Road', 'Bootle'],
  postcode: 'L20 7AP',
  sources: [BOSCO_NEWS, BOSCO_SITUP],
  ...at,
};

// Asylum Link Merseyside's own site was not among the stored pages: its funder and English UK describe it (2017), so with a caveat.
const ALM_CLASSES: RuleFact = { ...rule(ALM_ENGLISH_UK, ALM_LLOYDS), caveat: 'check', ...now };
const ALM_SERVICES: RuleFact = { ...rule(ALM_LLOYDS, ALM_ENGLISH_UK), caveat: 'check', ...now };
const COLLEGE_SITE: LinkFact = { kind: 'link', url: STOCKTON_COLLEGE_SITE.url, sources: [STOCKTON_COLLEGE_SITE, STOCKTON_COLLEGE], ...now };

export const LOCAL: Readonly<Record<'sefton' | 'stockton', LocalContent>> = {
  sefton: {
    council: {
      name: 'Sefton Council',
      phone: {
        kind: 'phone',
        name: 'Sefton Council',
        digits: '03451400845',
        display: '0345 140 0845',
        sources: [SEFTON_SACKS, SEFTON_BROWN],
        ...now,
      },
    },
    skills: { name: 'Liverpool City Region Combined Authority', fact: rule(LCRCA, FENEWS) },
    esolProvider: { id: 'asylumLink', name: 'Asylum Link Merseyside', facts: [ALM_CLASSES] },
    places: [
      { id: 'asylumLink', name: 'Asylum Link Merseyside', facts: [ALM_SERVICES] },
      { id: 'refugeeWomenConnect', name: 'Refugee Women Connect', facts: [rule(RWC)] },
      { id: 'stPeters', name: 'St Peter’s Church Formby Refugee Support Group', facts: [rule(ST_PETERS)] },
      {
        id: 'bosco',
        name: 'The Bosco Society',
        facts: [rule(BOSCO_NEWS, BOSCO_SITUP), BOSCO_PHONE, BOSCO_ADDRESS],
        phone: BOSCO_PHONE,
        address: BOSCO_ADDRESS,
      },
    ],
    stopHate: true,
  },
  stockton: {
    council: {
      name: 'Stockton-on-Tees Borough Council',
      phone: {
        kind: 'phone',
        name: 'Stockton-on-Tees Borough Council',
        digits: '01642391959',
        display: '01642 391959',
        sources: [STOCKTON_GARDEN],
        ...at,
      },
    },
    skills: { name: 'Tees Valley Combined Authority', fact: rule(AOC_TEES), example: { ...rule(DARLINGTON), caveat: 'check' } },
    esolProvider: {
      id: 'stocktonCollege',
      name: 'Stockton Riverside College',
      facts: [rule(STOCKTON_COLLEGE), COLLEGE_SITE],
      link: COLLEGE_SITE,
    },
    places: [
      { id: 'justiceFirst', name: 'Justice First', facts: [rule(JUSTICE_FIRST_HARTLEPOOL, JUSTICE_FIRST)] },
      { id: 'maryThompson', name: 'Mary Thompson Fund', facts: [rule(JUSTICE_FIRST_NEWS)] },
    ],
    stopHate: false,
  },
};

/** The seed areas' local content (the move script's input; the page reads the area's pack). */
export function localOf(area: AreaId): LocalContent {
  const local = (LOCAL as Readonly<Record<string, LocalContent>>)[area];
  if (!local) throw new Error(`no local content for ${area}`);
  return local;
}

// National numbers, addresses and links that several topic pages use.
import type { EmailFact, LinkFact, PhoneFact, RuleFact } from './fact';
import * as S from './sources';

const at = { checked: S.CHECKED } as const;
const now = { checked: S.CHECKED_PUBLISHERS } as const;

// 999 and the gas line live with the report page's emergency block, which draws them before any pack is on the phone.
export { EMERGENCY, GAS_EMERGENCY, GAS_SAFETY } from './emergency-lines';

export const MIGRANT_HELP: PhoneFact = {
  kind: 'phone',
  name: 'Migrant Help',
  digits: '08088010503',
  display: '0808 8010 503',
  sources: [S.NHS_HC2, S.START_NEW_LIFE],
  ...at,
};
export const MIGRANT_HELP_HOURS: RuleFact = { kind: 'rule', sources: [S.MH_UPDATE_2022, S.MH_PANDEMIC], ...at };
export const PROOF_OF_SUPPORT: EmailFact = {
  kind: 'email',
  address: 'proofofsupport@migranthelpuk.org',
  sources: [S.FREE_MOVEMENT],
  ...at,
};

export const POLICE: PhoneFact = { kind: 'phone', digits: '101', display: '101', sources: [S.MERSEY_PCC, S.ITV_HATE], ...at };
export const NHS_111: PhoneFact = {
  kind: 'phone',
  name: 'NHS',
  digits: '111',
  display: '111',
  sources: [S.MYHEALTH_111, S.SWAST_999],
  ...now,
};
export const SAMARITANS: PhoneFact = {
  kind: 'phone',
  name: 'Samaritans',
  digits: '116123',
  display: '116 123',
  sources: [S.SAMARITANS, S.SAMARITANS_NEWS],
  ...at,
};
export const SAMARITANS_EMAIL: EmailFact = { kind: 'email', address: 'jo@samaritans.org', sources: [S.SAMARITANS], ...at };

export const NHS_BSA: PhoneFact = {
  kind: 'phone',
  name: 'NHS Business Services Authority',
  digits: '03003301343',
  display: '0300 330 1343',
  sources: [S.NHS_HC2, S.PAIH],
  ...at,
};
export const NHS_DENTAL_LINE: PhoneFact = {
  kind: 'phone',
  name: 'NHS England',
  digits: '03003112233',
  display: '0300 311 2233',
  sources: [S.HALESOWEN, S.PRESTON_DENTAL],
  ...at,
};

// Stop Hate UK is funded for Merseyside; no source shows it covering Cleveland, so only Sefton shows it.
export const STOP_HATE: PhoneFact = {
  kind: 'phone',
  name: 'Stop Hate UK',
  digits: '08001381625',
  display: '0800 138 1625',
  sources: [S.MERSEY_PCC, S.STHELENS_YAZ],
  ...at,
};
export const STOP_HATE_TEXT: PhoneFact = {
  kind: 'phone',
  name: 'Stop Hate UK',
  use: 'text',
  digits: '07717989025',
  display: '07717 989 025',
  sources: [S.MERSEY_PCC],
  ...at,
};
export const STOP_HATE_CHAT: LinkFact = { kind: 'link', url: 'https://www.stophateuk.org/talk', sources: [S.MERSEY_PCC], ...at };
export const STOP_HATE_EMAIL: EmailFact = { kind: 'email', address: 'talk@stophateuk.org', sources: [S.MERSEY_PCC], ...at };

export const REFUGEE_COUNCIL: PhoneFact = {
  kind: 'phone',
  name: 'Refugee Council',
  digits: '08081967272',
  display: '0808 196 7272',
  sources: [S.RELIEFWEB_RC],
  caveat: 'check',
  ...at,
};

export const GOV_SUPPORT_PAGE: LinkFact = { kind: 'link', url: S.GOV_SUPPORT.url, sources: [S.GOV_SUPPORT], ...at };
export const TRIBUNAL_PAGE: LinkFact = { kind: 'link', url: S.GOV_TRIBUNAL.url, sources: [S.GOV_TRIBUNAL], ...at };
export const ASAP_PAGE: LinkFact = { kind: 'link', url: S.ASAP.url, sources: [S.ASAP, S.GOV_TRIBUNAL], ...at };
export const RIGHT_TO_REMAIN_PAGE: LinkFact = {
  kind: 'link',
  url: S.RIGHT_TO_REMAIN.url,
  sources: [S.RIGHT_TO_REMAIN, S.RTR_VIDEOS],
  ...at,
};

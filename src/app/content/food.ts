// Food, clothes and drop-ins: food banks and pantries each area's sources name, and local groups that give clothes.
import type { AmountFact, Fact, LinkFact, RuleFact, Source } from './fact';
import { LOCAL } from './local';
import * as S from './safety-sources';
import { CHECKED_PUBLISHERS } from './sources';
import { formatAmount } from './format';
import type { TopicContent } from './topic-content';

const now = { checked: CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...now });
const placeFacts = (area: 'sefton' | 'stockton', id: string): readonly Fact[] => LOCAL[area].places.find((p) => p.id === id)?.facts ?? [];

export const FOODBANK_VOUCHER = rule(S.STOCKTON_FOOD_POWER, S.LIVERPOOLWORLD_SSF);
export const SOUTH_SEFTON_FOODBANK = rule(S.LIVERPOOLWORLD_SSF, S.SEFTON_FOODBANKS);
export const SEFTON_FOODBANKS = rule(S.SEFTON_FOODBANKS);
export const FOOD_POWER = rule(S.STOCKTON_FOOD_POWER);
export const FOOD_POWER_PAGE: LinkFact = { kind: 'link', url: S.STOCKTON_FOOD_POWER.url, sources: [S.STOCKTON_FOOD_POWER], ...now };
// The Salvation Army's own page is from October 2023: days and prices may have changed since.
export const SALVATION_FOODBANK: RuleFact = { ...rule(S.SALVATION_STOCKTON), caveat: 'check' };
export const FOOD_CLUB_PRICE: AmountFact = {
  kind: 'amount',
  pence: 850,
  sources: [S.SALVATION_STOCKTON, S.BBC_STOCKTON_HUBS],
  caveat: 'check',
  ...now,
};
// Only the foodbank's funder describes its clothes service, so it carries the caveat.
export const BILLINGHAM_CLOTHES: RuleFact = { ...rule(S.NEWCASTLE_BS_FOODBANK), caveat: 'check' };

const NAMES = {
  southSefton: 'South Sefton Foodbank',
  southport: 'Southport Foodbank',
  shoreline: 'Shoreline Foodbank',
  foodPower: 'Stockton-on-Tees Food Power Network',
  breadButter: 'The Bread and Butter Thing',
  asylumLink: 'Asylum Link Merseyside',
  womenConnect: 'Refugee Women Connect',
  justiceFirst: 'Justice First',
  billingham: 'Billingham & Stockton Borough Foodbank',
} as const;

export const FOOD: TopicContent = {
  topic: 'food',
  ns: 'food',
  // An area added from a pack gets the national food-bank route only, until its pack names local places.
  sections: (area) =>
    area !== 'sefton' && area !== 'stockton'
      ? [{ id: 'foodbank', facts: [FOODBANK_VOUCHER] }]
      : area === 'sefton'
        ? [
            { id: 'foodbank', facts: [FOODBANK_VOUCHER] },
            { id: 'local', facts: [SOUTH_SEFTON_FOODBANK, SEFTON_FOODBANKS], names: [NAMES.southSefton, NAMES.southport, NAMES.shoreline] },
            {
              id: 'clothes',
              facts: [...placeFacts('sefton', 'asylumLink'), ...placeFacts('sefton', 'refugeeWomenConnect')],
              names: [NAMES.asylumLink, NAMES.womenConnect],
            },
          ]
        : [
            { id: 'foodbank', facts: [FOODBANK_VOUCHER] },
            {
              id: 'local',
              facts: [FOOD_POWER, FOOD_POWER_PAGE, SALVATION_FOODBANK, FOOD_CLUB_PRICE],
              names: [NAMES.foodPower, NAMES.breadButter, 'The Salvation Army'],
            },
            {
              id: 'clothes',
              facts: [...placeFacts('stockton', 'justiceFirst'), BILLINGHAM_CLOTHES],
              names: [NAMES.justiceFirst, NAMES.billingham],
            },
          ],
  values: () => ({ ...NAMES, clubPrice: formatAmount(FOOD_CLUB_PRICE) }),
};

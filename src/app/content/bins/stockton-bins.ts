// Stockton-on-Tees since 31 March 2026: recycling and food every week, the GREEN bin (general waste) every two weeks.
// Green and brown mean the opposite of Sefton here: brown is the paid garden-waste bin.
import type { Source } from '../fact';
import type { AreaBinRules, BinRule, RuleValue } from './bin-rules';
import {
  BBC_STOCKTON_BINS,
  BILLINGHAM_TC,
  BINS_CHECKED,
  NORTHERN_ECHO_BINS,
  STOCKTON_DECISION,
  STOCKTON_GARDEN_SIGNUP,
  BINS_PUBLISHERS_CHECKED,
  STOCKTON_DAYS,
  STOCKTON_GARDEN,
  STOCKTON_OLD_CHRISTMAS,
  STOCKTON_OLD_COLLECTIONS,
} from './bin-sources';

// Rules re-read against the council's and the Northern Echo's own pages (issue 12) carry that day's check.
const RECHECKED = new Set<Source>([STOCKTON_DECISION, NORTHERN_ECHO_BINS, STOCKTON_GARDEN_SIGNUP, BBC_STOCKTON_BINS]);
const checkedFor = (sources: readonly Source[]) => ({
  checked: sources.some((s) => RECHECKED.has(s)) ? BINS_PUBLISHERS_CHECKED : BINS_CHECKED,
});
const at = { checked: BINS_CHECKED } as const;
const rule = (id: string, sources: Source[], values?: Record<string, RuleValue>): BinRule =>
  values ? { id, sources, values, ...checkedFor(sources) } : { id, sources, ...checkedFor(sources) };
const CHANGE_2026 = [STOCKTON_DECISION, NORTHERN_ECHO_BINS, BILLINGHAM_TC, BBC_STOCKTON_BINS];
const CONTAINERS_2026 = [BBC_STOCKTON_BINS, NORTHERN_ECHO_BINS];
const GARDEN = [STOCKTON_GARDEN_SIGNUP, NORTHERN_ECHO_BINS, BILLINGHAM_TC];

export const STOCKTON_BINS: AreaBinRules = {
  area: 'stockton',
  containers: [
    {
      id: 'green',
      shape: 'wheelie-bin',
      colour: '#2e7d32',
      icon: 'rubbish',
      sources: CHANGE_2026,
      ...checkedFor(CHANGE_2026),
      goesIn: [rule('rest', CHANGE_2026)],
      neverIn: [],
      notes: [rule('onePerHome', [STOCKTON_DAYS])],
    },
    {
      id: 'caddy',
      shape: 'caddy',
      colour: null,
      icon: 'food',
      sources: CONTAINERS_2026,
      ...checkedFor(CONTAINERS_2026),
      goesIn: [rule('food', CONTAINERS_2026)],
      neverIn: [],
      notes: [
        rule('sizes', CONTAINERS_2026, { kitchen: { kind: 'litres', litres: 5 }, outside: { kind: 'litres', litres: 23 } }),
        rule('liners', CONTAINERS_2026),
      ],
    },
    {
      id: 'bag',
      shape: 'bag',
      colour: null,
      icon: 'recycle',
      sources: CONTAINERS_2026,
      ...checkedFor(CONTAINERS_2026),
      goesIn: [rule('mixed', CONTAINERS_2026)],
      neverIn: [],
      notes: [],
    },
    {
      id: 'white',
      shape: 'bag',
      colour: '#ffffff',
      icon: 'paper',
      sources: CONTAINERS_2026,
      ...checkedFor(CONTAINERS_2026),
      goesIn: [rule('paper', CONTAINERS_2026)],
      neverIn: [],
      notes: [],
    },
    {
      id: 'blue',
      shape: 'box',
      colour: '#1f5fbf',
      icon: 'glass',
      sources: CONTAINERS_2026,
      ...checkedFor(CONTAINERS_2026),
      goesIn: [rule('glass', CONTAINERS_2026), rule('batteries', CONTAINERS_2026)],
      neverIn: [],
      notes: [],
    },
    {
      id: 'brown',
      shape: 'wheelie-bin',
      colour: '#7b4a26',
      icon: 'garden',
      sources: GARDEN,
      ...checkedFor(GARDEN),
      goesIn: [rule('garden', GARDEN)],
      neverIn: [],
      notes: [
        rule('paid', GARDEN, {
          price: { kind: 'amount', pence: 4000 },
          size: { kind: 'litres', litres: 240 },
          extra: { kind: 'amount', pence: 2500 },
        }),
        rule('season', GARDEN, { weeks: { kind: 'count', count: 36 } }),
        rule('free', GARDEN, { place: { kind: 'name', text: 'Haverton Hill Household Waste Recycling Centre' } }),
      ],
    },
  ],
  pattern: {
    weekly: ['caddy', 'bag', 'white', 'blue'],
    rotation: [
      { id: 'a', containers: ['green'] },
      { id: 'b', containers: [] },
    ],
    notScheduled: ['brown'],
    sources: CHANGE_2026,
    ...checkedFor(CHANGE_2026),
  },
  collectionDays: { days: [2, 3, 4, 5], sources: [STOCKTON_DAYS], ...at },
  putOut: { hour: 7, minute: 0, rule: 'before', sources: [STOCKTON_DAYS], ...at },
  exceptions: [],
  streets: [],
  general: [
    rule('since', CHANGE_2026, { date: { kind: 'date', date: '2026-03-31' } }),
    rule('days', [STOCKTON_DAYS], { days: { kind: 'weekdays', days: [2, 3, 4, 5] } }),
    rule('kerb', [STOCKTON_DAYS], { time: { kind: 'time', hour: 7, minute: 0 } }),
    rule('week', [STOCKTON_DAYS]),
    rule('bankHoliday', [STOCKTON_DAYS]),
    rule('assisted', [STOCKTON_DAYS]),
    rule('more', CONTAINERS_2026),
    { ...rule('missed', [STOCKTON_OLD_COLLECTIONS], { time: { kind: 'time', hour: 16, minute: 30 } }), caveat: 'check' },
  ],
  christmas: [rule('festive', [STOCKTON_DAYS, STOCKTON_OLD_CHRISTMAS])],
  contact: {
    kind: 'phone',
    digits: '01642391959',
    display: '01642 391959',
    sources: [STOCKTON_GARDEN, STOCKTON_GARDEN_SIGNUP],
    ...checkedFor([STOCKTON_GARDEN_SIGNUP]),
  },
  findYourDay: { kind: 'link', url: 'https://stockton.gov.uk/bin-collection-days', sources: [STOCKTON_DAYS], ...at },
};

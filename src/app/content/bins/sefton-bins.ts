// Sefton: brown = recycling, grey = general waste, green = garden waste. Brown and grey take turns each week.
import type { Source } from '../fact';
import type { AreaBinRules, BinRule, RuleValue } from './bin-rules';
import {
  BINS_CHECKED,
  BINS_PUBLISHERS_CHECKED,
  EYE_ON_SOUTHPORT,
  FORMBY_CHRISTMAS,
  MYSEFTON_FAQ,
  MYSEFTON_WASTE,
  OTS_NEWS,
  SEFTON_BROWN,
  SEFTON_SACKS,
  SOUTHPORT_GREEN,
} from './bin-sources';

// Rules re-read against the council's own page (it replaced a staging copy, issue 12) carry that day's check.
const checkedFor = (sources: readonly Source[]) => ({ checked: sources.includes(SEFTON_BROWN) ? BINS_PUBLISHERS_CHECKED : BINS_CHECKED });
const at = { checked: BINS_CHECKED } as const;
const rule = (id: string, sources: Source[], values?: Record<string, RuleValue>): BinRule =>
  values ? { id, sources, values, ...checkedFor(sources) } : { id, sources, ...checkedFor(sources) };

export const SEFTON_BINS: AreaBinRules = {
  area: 'sefton',
  containers: [
    {
      id: 'brown',
      shape: 'wheelie-bin',
      colour: '#7b4a26',
      icon: 'recycle',
      sources: [MYSEFTON_WASTE, SEFTON_SACKS],
      ...at,
      goesIn: [
        rule('cans', [SEFTON_BROWN]),
        rule('card', [SEFTON_BROWN]),
        rule('glass', [SEFTON_BROWN]),
        rule('paper', [SEFTON_BROWN]),
        rule('plastic', [SEFTON_BROWN]),
      ],
      neverIn: [rule('glass', [SEFTON_BROWN]), rule('bags', [MYSEFTON_FAQ])],
      notes: [rule('sack', [SEFTON_BROWN])],
    },
    {
      id: 'grey',
      shape: 'wheelie-bin',
      colour: '#6b7280',
      icon: 'rubbish',
      sources: [MYSEFTON_WASTE, SEFTON_SACKS],
      ...at,
      goesIn: [rule('rest', [MYSEFTON_FAQ])],
      neverIn: [],
      notes: [],
    },
    {
      id: 'green',
      shape: 'wheelie-bin',
      colour: '#2e7d32',
      icon: 'garden',
      sources: [MYSEFTON_FAQ, SOUTHPORT_GREEN],
      ...at,
      goesIn: [rule('garden', [MYSEFTON_FAQ])],
      neverIn: [rule('food', [MYSEFTON_FAQ])],
      notes: [
        rule('season', [MYSEFTON_FAQ, SOUTHPORT_GREEN]),
        rule('every', [SOUTHPORT_GREEN], { year: { kind: 'year', year: 2022 }, weeks: { kind: 'count', count: 3 } }),
      ],
    },
  ],
  pattern: {
    weekly: [],
    rotation: [
      { id: 'a', containers: ['brown'] },
      { id: 'b', containers: ['grey'] },
    ],
    notScheduled: ['green'],
    sources: [MYSEFTON_WASTE, SEFTON_SACKS],
    ...at,
  },
  collectionDays: null,
  putOut: { hour: 6, minute: 30, rule: 'by', sources: [SEFTON_SACKS], ...at },
  exceptions: [],
  streets: [],
  general: [
    rule('kerb', [SEFTON_SACKS], { time: { kind: 'time', hour: 6, minute: 30 } }),
    rule('changeover', [SEFTON_SACKS]),
    { ...rule('food', [MYSEFTON_WASTE, MYSEFTON_FAQ], { month: { kind: 'month', date: '2019-06-01' } }), caveat: 'check' },
    rule('findDay', [OTS_NEWS]),
  ],
  christmas: [
    rule('reduced', [EYE_ON_SOUTHPORT, FORMBY_CHRISTMAS]),
    rule('example', [EYE_ON_SOUTHPORT], { year: { kind: 'year', year: 2023 } }),
  ],
  contact: {
    kind: 'phone',
    digits: '03451400845',
    display: '0345 140 0845',
    sources: [SEFTON_SACKS, SEFTON_BROWN],
    checked: BINS_PUBLISHERS_CHECKED,
  },
  findYourDay: null,
};

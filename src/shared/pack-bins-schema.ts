// A council's bin rules inside its pack: the shape of app/content/bins/bin-rules.ts, each rule sourced and checked.
import * as v from 'valibot';
import { isoDay, sourced } from './pack-sourced';

const id = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const weekday = v.pipe(v.number(), v.integer(), v.minValue(1, 'a weekday is 1 (Monday) to 7 (Sunday)'), v.maxValue(7));
const hour = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));
const minute = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(59));

const ruleValue = v.variant('kind', [
  v.object({ kind: v.literal('amount'), pence: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ kind: v.literal('litres'), litres: v.pipe(v.number(), v.minValue(0)) }),
  v.object({ kind: v.literal('count'), count: v.pipe(v.number(), v.minValue(0)) }),
  v.object({ kind: v.literal('time'), hour, minute }),
  v.object({ kind: v.literal('date'), date: isoDay }),
  v.object({ kind: v.literal('month'), date: isoDay }),
  v.object({ kind: v.literal('year'), year: v.pipe(v.number(), v.integer()) }),
  v.object({ kind: v.literal('weekdays'), days: v.array(weekday) }),
  v.object({ kind: v.literal('name'), text: v.pipe(v.string(), v.nonEmpty()) }),
]);

const binRule = v.object({ ...sourced, id, values: v.optional(v.record(v.string(), ruleValue)) });

const container = v.object({
  ...sourced,
  id,
  shape: v.picklist(['wheelie-bin', 'bag', 'box', 'caddy']),
  colour: v.nullable(v.pipe(v.string(), v.hexColor('a colour such as #7b4a26'))),
  icon: v.picklist(['recycle', 'rubbish', 'garden', 'food', 'paper', 'glass']),
  goesIn: v.array(binRule),
  neverIn: v.array(binRule),
  notes: v.array(binRule),
});

export const binsSchema = v.object({
  containers: v.pipe(v.array(container), v.minLength(1, 'a council has at least one bin, bag or box')),
  pattern: v.object({
    ...sourced,
    weekly: v.array(id),
    rotation: v.array(v.object({ id, containers: v.array(id) })),
    notScheduled: v.array(id),
  }),
  collectionDays: v.nullable(v.object({ ...sourced, days: v.array(weekday) })),
  putOut: v.object({ ...sourced, hour, minute, rule: v.picklist(['by', 'before']) }),
  exceptions: v.array(v.object({ ...sourced, date: isoDay, moveTo: v.nullable(isoDay), containers: v.optional(v.array(id)) })),
  streets: v.array(v.object({ ...sourced, street: id, weekday, anchor: isoDay, slot: v.nullable(id) })),
  general: v.array(binRule),
  christmas: v.array(binRule),
  /** fact ids in the same pack: the council's bins line and its find-your-day page */
  contact: v.pipe(v.string(), v.nonEmpty()),
  findYourDay: v.nullable(v.pipe(v.string(), v.nonEmpty())),
});

export type PackBins = v.InferOutput<typeof binsSchema>;

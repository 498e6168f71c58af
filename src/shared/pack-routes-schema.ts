// Who to tell, per report category, and what to do now for an urgent repair (a key per shared/hazards.ts entry).
import * as v from 'valibot';
import { factId, text } from './pack-sourced';

/** One way to get help: `text` is a key under report:route; the call button names a proper noun (`callName`) or a
 * translated word (`callKey`, under report:route). */
export const routeSchema = v.object({
  id: text,
  text,
  phone: v.optional(factId),
  callName: v.optional(text),
  callKey: v.optional(text),
  facts: v.array(factId),
});

/** For one hazard: whether the 999 and gas emergency buttons show, and the facts its advice rests on. */
const hazardSchema = v.object({ emergency: v.boolean(), gasLine: v.boolean(), facts: v.array(factId) });

export const hazardsSchema = v.strictObject({
  heating: v.optional(hazardSchema),
  leak: v.optional(hazardSchema),
  electrics: v.optional(hazardSchema),
  gas: v.optional(hazardSchema),
});

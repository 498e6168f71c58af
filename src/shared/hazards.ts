// The urgent repairs the report page asks about, in its order; their words are under report:hazard, and what to do
// for each comes from the pack (pack-routes-schema.ts). Apart from the schema so the page needs no validator for it.
export const HAZARDS = ['heating', 'leak', 'electrics', 'gas'] as const;
export type Hazard = (typeof HAZARDS)[number];

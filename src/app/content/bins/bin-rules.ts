// A council's bin rules as data: containers and their colours, the collection pattern, dated changes.
// Words live in locales/<lng>/bins.json under keys built from the area and ids here, never shared between councils.
import type { AreaId } from '../../../shared/areas';
import type { LinkFact, PhoneFact, Sourced } from '../fact';

/** A calendar day, YYYY-MM-DD. */
export type IsoDate = string;

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A number, date or name a sentence needs; formatted for each language at render time. */
export type RuleValue =
  | { kind: 'amount'; pence: number }
  | { kind: 'litres'; litres: number }
  | { kind: 'count'; count: number }
  | { kind: 'time'; hour: number; minute: number }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'month'; date: IsoDate }
  | { kind: 'year'; year: number }
  | { kind: 'weekdays'; days: readonly Weekday[] }
  | { kind: 'name'; text: string };

/** One sentence of rules: its words are at `rules.<area>.<…>.<id>` in the bins namespace. */
export interface BinRule extends Sourced {
  id: string;
  /** 'check': one old or third-party source only, shown with a caveat */
  caveat?: 'check';
  values?: Readonly<Record<string, RuleValue>>;
}

export type ContainerShape = 'wheelie-bin' | 'bag' | 'box' | 'caddy';
export type ContentIcon = 'recycle' | 'rubbish' | 'garden' | 'food' | 'paper' | 'glass';

/** A bin, bag, box or caddy. Its name and purpose are at `container.<area>.<id>`. */
export interface Container extends Sourced {
  id: string;
  shape: ContainerShape;
  /** the colour of the real thing, or null where no public source says */
  colour: string | null;
  icon: ContentIcon;
  goesIn: readonly BinRule[];
  neverIn: readonly BinRule[];
  notes: readonly BinRule[];
}

/** One week of a repeating cycle: slot a, then b, then a again… */
export interface RotationSlot {
  id: string;
  containers: readonly string[];
}

export interface CollectionPattern extends Sourced {
  /** containers collected every collection day */
  weekly: readonly string[];
  /** weeks that take turns; empty when every week is the same */
  rotation: readonly RotationSlot[];
  /** containers with their own season or subscription: rules only, never in the schedule */
  notScheduled: readonly string[];
}

/** The only weekdays the council collects on, where a source says so. */
export interface CollectionDays extends Sourced {
  days: readonly Weekday[];
}

export interface PutOutTime extends Sourced {
  hour: number;
  minute: number;
  /** "by 6:30am" or "before 7am", as the council words it */
  rule: 'by' | 'before';
}

/** A council's published change to one regular collection: moved to another day, or cancelled. */
export interface CollectionException extends Sourced {
  /** the regular collection day it changes */
  date: IsoDate;
  /** the new day, or null when the collection does not happen */
  moveTo: IsoDate | null;
  /** only these containers; every container due that day when absent */
  containers?: readonly string[];
}

/** A street's collection from the council's published list. */
export interface StreetSchedule extends Sourced {
  street: string;
  weekday: Weekday;
  /** a collection day of this street, and the rotation slot collected on it */
  anchor: IsoDate;
  slot: string | null;
}

export interface AreaBinRules {
  area: AreaId;
  containers: readonly Container[];
  pattern: CollectionPattern;
  collectionDays: CollectionDays | null;
  putOut: PutOutTime;
  exceptions: readonly CollectionException[];
  streets: readonly StreetSchedule[];
  /** area-wide sentences at `rules.<area>.general.<id>` */
  general: readonly BinRule[];
  christmas: readonly BinRule[];
  contact: PhoneFact;
  /** the council's own page to find a collection day, where a source gives one */
  findYourDay: LinkFact | null;
}

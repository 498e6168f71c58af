// The one Dexie database ('waymark'). Every db.version(n) stays here forever: a queued report must
// survive any later schema change, so versions are only ever added, never edited or removed.
import Dexie, { type Table } from 'dexie';
import type { Category, FieldError } from '../../shared/report';

export type OutboxState = 'queued' | 'sending' | 'attention' | 'paused';

/** Why the last try did not deliver; shown to the person in their words. */
export type RetryReason = 'offline' | 'timeout' | 'server' | 'busy' | 'portal' | 'unexpected';

export interface OutboxItem {
  /** the report's UUID: also its Idempotency-Key, made once when first saved */
  id: string;
  state: OutboxState;
  category: Category;
  area: string;
  /** the shared report schema version `payload` was written in; upgraded before sending */
  payloadVersion: number;
  payload: unknown;
  /** device time when first saved (display and escalation only, never expiry) */
  createdAt: number;
  attempts: number;
  /** device time of the last try; a clock that moved backwards makes the item due at once */
  triedAt?: number;
  /** wait after `triedAt` before the next automatic try */
  waitMs?: number;
  retryReason?: RetryReason;
  /** the server's field errors when it refused the report (400/422/413) */
  errors?: FieldError[];
  /** the same 5xx/408 answered over and over (refusal.ts): after a day of it the item needs attention */
  refusal?: { status: number; since: number; tries: number };
  /** HTTP status that paused the item (401/403) */
  pausedBy?: number;
  /** while sending: which page holds it and until when (the lease) */
  leaseOwner?: string;
  leaseUntil?: number;
}

/** What staff last said about a sent report (GET /api/reports/<reference>/status), as this phone saw it. */
export interface SeenStatus {
  status: 'new' | 'in_progress' | 'passed_on' | 'closed';
  /** server time of the change, ISO */
  changedAt: string;
  passedOnTo?: 'migrant_help' | 'council' | 'police' | 'local_organisation';
  /** written in English by staff, for a volunteer to read out */
  note?: string;
}

/** What is kept after a report is delivered: nothing personal. */
export interface Receipt {
  id: string;
  reference: string;
  category: Category;
  sentAt: number;
  /** the server's secret for asking this report's status; only this phone has it, deleted with the receipt */
  statusToken?: string;
  /** device time of the last answer about the status (at most one question an hour) */
  checkedAt?: number;
  seen?: SeenStatus;
}

/** The form as typed, so nothing is lost to a reload, a crash or a flat battery. */
export interface Draft {
  id: string;
  values: unknown;
  updatedAt: number;
}

/** The sender lease, used where Web Locks are missing. */
export interface Lease {
  name: string;
  owner: string;
  until: number;
}

/** Table definitions per version, exported so tests can prove later versions keep queued items. */
export const DB_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: { outbox: 'id, state, createdAt', drafts: 'id', receipts: 'id, sentAt', leases: 'name' },
  },
  // Receipts gain statusToken, checkedAt and seen (not indexed); older receipts simply have none.
  { version: 2, stores: { receipts: 'id, sentAt' } },
];

export class WaymarkDb extends Dexie {
  outbox!: Table<OutboxItem, string>;
  drafts!: Table<Draft, string>;
  receipts!: Table<Receipt, string>;
  leases!: Table<Lease, string>;

  constructor(name = 'waymark') {
    super(name);
    for (const v of DB_VERSIONS) this.version(v.version).stores(v.stores);
  }
}

export const db = new WaymarkDb();

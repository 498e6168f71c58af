import { describe, expect, it } from 'vitest';
import { validateReport, type IssueReport } from '../../shared/report';
import type { Queryable } from '../db/database';
import { validReport } from '../testing/report-fixture';
import { storeReport } from './report-store';

const report = (validateReport(validReport()) as { ok: true; value: IssueReport }).value;

function scripted(answers: unknown[][]): Queryable & { calls: number } {
  const db = {
    calls: 0,
    query: async <T>() => answers[db.calls++] as T[],
    exec: async () => undefined,
  };
  return db;
}

describe('storeReport', () => {
  it('answers in flight when another request holds the key', async () => {
    expect(await storeReport(scripted([[{ got: false, id: null }]]), report, 'h', () => 'SEF-AAAA-AA')).toEqual({ kind: 'in_flight' });
  });
  it('replays the stored reference when the body hash matches', async () => {
    const db = scripted([[{ got: true, id: null }], [{ reference: 'SEF-2222-22', body_hash: 'h' }]]);
    expect(await storeReport(db, report, 'h', () => 'SEF-AAAA-AA')).toEqual({ kind: 'replayed', reference: 'SEF-2222-22' });
  });
  it('reports a reused key when the body hash differs', async () => {
    const db = scripted([[{ got: true, id: null }], [{ reference: 'SEF-2222-22', body_hash: 'other' }]]);
    expect(await storeReport(db, report, 'h', () => 'SEF-AAAA-AA')).toEqual({ kind: 'key_reused' });
  });
  it('draws a new reference when the first one was already taken', async () => {
    const refs = ['SEF-AAAA-AA', 'SEF-BBBB-BB'];
    const db = scripted([[{ got: true, id: null }], [], [{ got: true, id: 7 }]]);
    expect(await storeReport(db, report, 'h', () => refs.shift()!)).toEqual({ kind: 'created', reference: 'SEF-BBBB-BB' });
  });
});

// Builders for outbox tests: valid reports and a stand-in intake that keeps one record per key.
import type { IssueReport } from '../../shared/report';
import type { Answer } from './outbox/answer';

export function sampleReport(over: Partial<IssueReport> = {}): IssueReport {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    area: 'sefton',
    category: 'repair',
    language: 'ar',
    createdAt: '2026-05-01T12:00:00.000Z',
    description: 'Water comes through the bathroom ceiling',
    details: { room: 'bathroom', problem: 'leak' },
    contact: { method: 'phone', name: 'Amal Test', phone: '07700 900123' },
    consent: true,
    ...over,
  } as IssueReport;
}

/** Answers like the real intake: 201 then 200 replays for the same key; counts what it stored. */
export function fakeIntake() {
  const stored = new Map<string, string>();
  const answer = (status: number, body: unknown): Answer => ({ kind: 'response', status, contentType: 'application/json', body, retryAfter: null });
  return {
    stored,
    receive(id: string, payload: unknown): Answer {
      const body = JSON.stringify(payload);
      const seen = stored.get(id);
      if (seen !== undefined) return seen === body ? answer(200, { reference: `SEF-${id.slice(0, 4).toUpperCase()}` }) : answer(422, {});
      stored.set(id, body);
      return answer(201, { reference: `SEF-${id.slice(0, 4).toUpperCase()}` });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { checkMove, nextStatuses } from './status-flow';

describe('status flow', () => {
  it('only moves forward', () => {
    expect(nextStatuses('new')).toEqual(['in_progress', 'passed_on', 'closed']);
    expect(nextStatuses('passed_on')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual([]);
    expect(checkMove('in_progress', 'new', '')).toEqual({ ok: false, problem: 'not_allowed' });
  });
  it('needs a note to close, and keeps it trimmed', () => {
    expect(checkMove('new', 'closed', '   ')).toEqual({ ok: false, problem: 'note_required' });
    expect(checkMove('new', 'closed', ' Fixed ')).toEqual({ ok: true, note: 'Fixed' });
  });
  it('keeps no empty note for other moves and refuses an overlong one', () => {
    expect(checkMove('new', 'in_progress', '')).toEqual({ ok: true, note: null });
    expect(checkMove('new', 'in_progress', 'x'.repeat(2001))).toEqual({ ok: false, problem: 'note_too_long' });
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, validateReport } from '../../../shared/report';
import v0 from '../../../../test/fixtures/report-v0.json';
import { upgradePayload } from './payload-upgrade';

describe('payload upgrades', () => {
  it('turns the v0 fixture into a report the shared schema accepts', () => {
    const result = upgradePayload(structuredClone(v0), 0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(REPORT_SCHEMA_VERSION);
    const checked = validateReport(result.payload);
    expect(checked).toMatchObject({ ok: true });
    if (!checked.ok) return;
    expect(checked.value.id).toBe(v0.id);
    expect(checked.value.contact).toEqual({ method: 'phone', name: 'Amal', phone: '07700 900123', language: 'ar' });
    expect(checked.value.description).toBe('الماء يتسرب من السقف فوق الحمام');
    expect(checked.value.consent).toBe(true);
  });

  it('keeps the report id, so the Idempotency-Key survives the upgrade', () => {
    const result = upgradePayload(structuredClone(v0), 0);
    expect(result.ok && (result.payload as { id: string }).id).toBe(v0.id);
  });

  it('leaves a current payload as it is', () => {
    const current = { schemaVersion: REPORT_SCHEMA_VERSION, id: 'x' };
    expect(upgradePayload(current, REPORT_SCHEMA_VERSION)).toEqual({
      ok: true,
      version: REPORT_SCHEMA_VERSION,
      payload: current,
      changed: false,
    });
  });

  it('refuses to guess about a payload from a newer version or a version it does not know', () => {
    expect(upgradePayload({}, REPORT_SCHEMA_VERSION + 1)).toEqual({ ok: false, reason: 'newer' });
    expect(upgradePayload({}, -3)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('does not invent consent the old payload did not record', () => {
    const result = upgradePayload({ ...structuredClone(v0), consent: 'no' }, 0);
    expect(result.ok && validateReport(result.payload)).toMatchObject({ ok: false, errors: [{ field: 'consent', code: 'required' }] });
  });
});

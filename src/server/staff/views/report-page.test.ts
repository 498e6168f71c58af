import { describe, expect, it } from 'vitest';
import type { ReportDetail } from '../report-queries';
import { reportPage } from './report-page';

function report(over: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: 1,
    reference: 'SEF-7K3Q-9D',
    received_at: new Date('2026-11-23T10:00:00Z'),
    created_at: new Date('2026-11-23T09:00:00Z'),
    area: 'sefton',
    category: 'repair',
    language: 'ar',
    status: 'passed_on',
    passed_on_to: 'migrant_help',
    erased_at: null,
    closed_at: null,
    photo_count: 0,
    postcode_district: null,
    body: {
      description: 'لا يوجد ماء ساخن',
      details: { room: 'kitchen', problem: 'hotWater' },
      contact: { method: 'phone', phone: '07700 900123', language: 'ti', gender: 'female' },
    },
    ...over,
  };
}

const textOf = async (r: ReportDetail) =>
  String(await reportPage({ name: 'caseworker', csrf: 'x' }, r, []))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the report view', () => {
  it('shows answers as plain English labels, not codes', async () => {
    const text = await textOf(report());
    expect(text).toContain('Room Kitchen');
    expect(text).toContain('Problem Hot water');
    expect(text).toContain('Contact by Phone call');
    expect(text).toContain('Wants to be contacted by A woman');
    expect(text).not.toMatch(/hotWater|room kitchen/);
  });

  it('puts first the language to speak and whether an interpreter is needed', async () => {
    const text = await textOf(report());
    const speak = text.indexOf('Speak to them in Tigrinya');
    expect(speak).toBeGreaterThan(-1);
    expect(text).toContain('Interpreter Needed: Tigrinya');
    expect(speak).toBeLessThan(text.indexOf('Status'));
    expect(await textOf(report({ body: { contact: { method: 'none', language: 'en' } } }))).toContain('Interpreter Not needed (English)');
  });

  it('shows the person’s own interpreter answer first, and says when it is only a guess', async () => {
    const body = (interpreter?: 'yes' | 'no') => ({
      contact: { method: 'none' as const, language: 'ti', ...(interpreter ? { interpreter } : {}) },
    });
    const yes = await textOf(report({ body: body('yes') }));
    expect(yes).toContain('Speak to them in Tigrinya Interpreter Yes (Tigrinya)');
    expect(yes).toContain('Needs an interpreter Yes');
    expect(await textOf(report({ body: body('no') }))).toContain('Interpreter No ');
    expect(await textOf(report({ body: body() }))).toContain('Interpreter Needed: Tigrinya (not answered: guessed from the language)');
  });

  it('shows the postcode district the person gave, or that none was given', async () => {
    expect(await textOf(report({ postcode_district: 'L20' }))).toContain('Postcode district L20');
    expect(await textOf(report())).toContain('Postcode district Not given');
  });

  it('says who a report was passed on to', async () => {
    expect(await textOf(report())).toContain('Passed on (to Migrant Help)');
  });
});

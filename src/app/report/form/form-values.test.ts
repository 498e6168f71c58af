import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../shared/report';
import { errorsByField, fieldOf, labelKey } from './field-paths';
import { readDraft, valuesFromReport } from '../draft/draft-values';
import { emptyValues, toReport, withCategory, type FormValues } from './form-values';

const meta = { id: '6f1c2b7e-4d0a-4c1e-9a51-3b8f2f6d9e10', area: 'sefton', language: 'ti', createdAt: '2026-05-01T12:00:00.000Z' };

function filledRepair(over: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyValues('repair', 'ti'),
    description: 'ማይ ካብ ናሕሲ ይፈስስ 💧',
    details: { room: 'bathroom', problem: 'leak', since: '', access: '' },
    method: 'phone',
    name: 'Selam',
    phone: '07700 900456',
    volunteer: 'should not be sent',
    consent: true,
    ...over,
  };
}

describe('the report built from the form', () => {
  it('passes the shared schema, in any script', () => {
    expect(validateReport(toReport(filledRepair(), meta))).toMatchObject({ ok: true });
  });

  it('sends only the contact details the chosen method needs', () => {
    const report = toReport(filledRepair(), meta);
    expect(report.contact).toEqual({ method: 'phone', name: 'Selam', phone: '07700 900456', language: 'ti' });
    expect(toReport(filledRepair({ method: 'in-person' }), meta).contact).toEqual({ method: 'in-person', name: 'Selam', language: 'ti' });
  });

  it('drops empty optional answers instead of sending blanks', () => {
    expect(toReport(filledRepair(), meta).details).toEqual({ room: 'bathroom', problem: 'leak' });
  });

  it('is refused when the description is only spaces, or consent is missing', () => {
    const result = validateReport(toReport(filledRepair({ description: '   \n ', consent: false }), meta));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['description', 'consent']));
  });

  it("records a worker acting for someone only with that person's consent", () => {
    const result = validateReport(
      toReport(filledRepair({ onBehalf: true, worker: 'Jo', organisation: 'Helpers', personConsented: false }), meta),
    );
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'onBehalf.personConsented', code: 'required' }]);
  });

  it('asks for a phone number when the person chose a call or WhatsApp, by the shared schema the server runs', () => {
    const errorsOf = (over: Partial<FormValues>) => {
      const r = validateReport(toReport(filledRepair(over), meta));
      return r.ok ? [] : r.errors;
    };
    expect(errorsOf({ method: 'whatsapp', phone: ' ' })).toEqual([{ field: 'contact.phone', code: 'required' }]);
    expect(errorsOf({ method: 'phone', phone: '' })).toEqual([{ field: 'contact.phone', code: 'required' }]);
    expect(errorsOf({ method: 'volunteer', volunteer: '' })).toEqual([{ field: 'contact.volunteer', code: 'required' }]);
    expect(errorsOf({ method: 'in-person', phone: '' })).toEqual([]);
  });
});

describe('drafts', () => {
  it('come back as they were saved', () => {
    const values = filledRepair({ photos: [{ type: 'image/jpeg', data: 'AAAA' }] });
    expect(readDraft(structuredClone(values))).toEqual({ ...values, details: { room: 'bathroom', problem: 'leak' } });
  });

  it('are ignored or repaired when damaged', () => {
    expect(readDraft({ category: 'not-a-category' })).toBeUndefined();
    expect(readDraft(null)).toBeUndefined();
    const repaired = readDraft({ category: 'aspen', description: 42, photos: [{ type: 'text/html', data: '<b>' }] });
    expect(repaired).toMatchObject({ category: 'aspen', description: '', photos: [] });
  });

  it('keep the common answers when the problem changes', () => {
    const switched = withCategory(filledRepair(), 'harassment');
    expect(switched).toMatchObject({ category: 'harassment', details: {}, description: filledRepair().description, name: 'Selam' });
  });

  it('can be rebuilt from a refused report, asking for consent again', () => {
    const values = valuesFromReport(toReport(filledRepair(), meta));
    expect(values).toMatchObject({ category: 'repair', method: 'phone', phone: '07700 900456', consent: false });
  });
});

describe('error placement', () => {
  it('puts each schema error beside its field, and whole-report errors at the top', () => {
    expect(fieldOf('photos.1.data')).toBe('photos');
    expect(fieldOf('contact.phone')).toBe('contact.phone');
    expect(fieldOf('schemaVersion')).toBe('report');
    expect(
      errorsByField([
        { field: 'details.room', code: 'required' },
        { field: 'details.room', code: 'invalid' },
      ]),
    ).toEqual({ 'details.room': 'required' });
    expect(labelKey('contact.phone')).toBe('contact.phoneNumber');
    expect(labelKey('details.ongoing')).toBe('field.ongoing');
  });
});

describe('words from an older draft', () => {
  it('lose a NUL, other control characters and half an emoji before they become a report, keeping tabs and new lines', () => {
    const report = toReport(
      filledRepair({
        description: 'Leak\u0000 in\tthe\nroof \udc00\u0007',
        name: 'Ha\u0000na',
        details: { room: 'kitchen', problem: 'leak', since: '2026-04\u0000-29' },
      }),
      meta,
    );
    expect(report).toMatchObject({ description: 'Leak in\tthe\nroof \ufffd', contact: { name: 'Hana' }, details: { since: '2026-04-29' } });
    expect(validateReport(report)).toMatchObject({ ok: true });
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import ar from '../../../../locales/ar/report.json';
import { LanguageScope } from '../../language/use-t';
import { emptyValues, toReport, type FormValues } from './form-values';
import { ReportForm } from './ReportForm';

function Form({ area, seen }: { area: string; seen: (v: FormValues) => void }) {
  const [values, setValues] = useState<FormValues>({
    ...emptyValues('other', 'ar'),
    description: 'أحتاج مساعدة',
    method: 'none',
    consent: true,
  });
  seen(values);
  return <ReportForm values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} area={area} onChecked={vi.fn()} />;
}

function show(area: string) {
  let latest: FormValues | undefined;
  render(
    <LanguageScope lang="ar">
      <Form area={area} seen={(v) => (latest = v)} />
    </LanguageScope>,
  );
  return () => latest!;
}

const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

describe('postcode district and interpreter on the form', () => {
  it('refuses a district outside the area in the person’s language and keeps what was typed', async () => {
    show('stockton');
    const district = await screen.findByLabelText(ar.contact.postcode);
    expect(screen.getByText(ar.contact.postcodeHint.replace('{{example}}', 'TS18'))).toBeTruthy();
    fireEvent.input(district, { target: { value: 'l20' } });
    fireEvent.click(screen.getByRole('button', { name: ar.form.check }));
    await screen.findByRole('alert');
    expect(district.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(district)).toContain(ar.error.outside_area);
    expect((screen.getByLabelText(ar.contact.postcode) as HTMLInputElement).value).toBe('l20');
  });

  it('gives no made-up example in an area added from a pack, only that the field may be left out', async () => {
    show('riverside');
    await screen.findByLabelText(ar.contact.postcode);
    expect(screen.getByText(ar.contact.postcodeHintPlain)).toBeTruthy();
    expect(document.body.textContent).not.toContain('L20');
  });

  it('says a whole postcode is too much, and sends the district and the interpreter answer when given', async () => {
    const values = show('sefton');
    const district = await screen.findByLabelText(ar.contact.postcode);
    fireEvent.input(district, { target: { value: 'L20 3NJ' } });
    fireEvent.click(screen.getByRole('button', { name: ar.form.check }));
    await screen.findByRole('alert');
    expect(errorOf(district)).toContain(ar.error.postcode_format);
    fireEvent.input(district, { target: { value: ' l20 ' } });
    fireEvent.click(screen.getByRole('radio', { name: ar.option.yes }));
    const report = toReport(values(), { id: crypto.randomUUID(), area: 'sefton', language: 'ar', createdAt: new Date().toISOString() });
    expect(report.postcodeDistrict).toBe(' l20 ');
    expect(report.contact).toMatchObject({ interpreter: 'yes' });
  });
});

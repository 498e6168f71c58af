import { isAreaId } from '../../../shared/areas';
import { LANGUAGES } from '../../../shared/languages';
import { POSTCODE_AREAS } from '../../../shared/postcode-districts';
import { CONTACT_METHODS, GENDERS, INTERPRETER } from '../../../shared/report';
import { useT } from '../../language/use-t';
import { ChoiceField } from './ChoiceField';
import { inputId } from './field-paths';
import type { FormValues } from './form-values';
import { TextField } from './TextField';

interface Props {
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  errors: Record<string, string>;
  area: string;
}

/** How the team reaches the person: method, then only the details that method needs; interpreter and district are optional. */
export function ContactFields({ values, onChange, errors, area }: Props) {
  const { t } = useT('report');
  // An area added from a pack has no known district list: no made-up example, only that the field is optional.
  const example = isAreaId(area) ? POSTCODE_AREAS[area]?.example : undefined;
  const byPhone = values.method === 'phone' || values.method === 'whatsapp';
  return (
    <section class="stack" aria-labelledby="report-contact-title">
      <h2 id="report-contact-title">{t('contact.title')}</h2>
      <ChoiceField
        field="contact.method"
        legend={t('contact.method')}
        options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`contact.${m}`) }))}
        value={values.method}
        onValue={(method) => onChange({ method })}
        error={errors['contact.method']}
        required
      />
      <TextField
        field="contact.name"
        label={t('contact.name')}
        value={values.name}
        onValue={(name) => onChange({ name })}
        error={errors['contact.name']}
        autoComplete="name"
      />
      {byPhone && (
        <TextField
          field="contact.phone"
          label={t('contact.phoneNumber')}
          type="tel"
          value={values.phone}
          onValue={(phone) => onChange({ phone })}
          error={errors['contact.phone']}
          autoComplete="tel"
          required
        />
      )}
      {values.method === 'volunteer' && (
        <TextField
          field="contact.volunteer"
          label={t('contact.volunteerName')}
          value={values.volunteer}
          onValue={(volunteer) => onChange({ volunteer })}
          error={errors['contact.volunteer']}
          required
        />
      )}
      <div class="field">
        <label for={inputId('contact.language')}>{t('contact.language')}</label>
        <select
          id={inputId('contact.language')}
          value={values.contactLanguage}
          onChange={(e) => onChange({ contactLanguage: e.currentTarget.value })}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.bcp47} dir={l.dir}>
              {l.endonym}
            </option>
          ))}
        </select>
      </div>
      <ChoiceField
        field="contact.interpreter"
        legend={t('contact.interpreter')}
        options={INTERPRETER.map((a) => ({ value: a, label: t(`option.${a}`) }))}
        value={values.interpreter}
        onValue={(interpreter) => onChange({ interpreter })}
        error={errors['contact.interpreter']}
      />
      <ChoiceField
        field="contact.gender"
        legend={t('contact.gender')}
        options={GENDERS.map((g) => ({ value: g, label: t(`contact.${g}`) }))}
        value={values.gender}
        onValue={(gender) => onChange({ gender })}
        error={errors['contact.gender']}
      />
      <TextField
        field="postcodeDistrict"
        label={t('contact.postcode')}
        hint={example ? t('contact.postcodeHint', { example }) : t('contact.postcodeHintPlain')}
        value={values.postcodeDistrict}
        onValue={(postcodeDistrict) => onChange({ postcodeDistrict })}
        error={errors.postcodeDistrict}
        autoComplete="off"
      />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { checkValues } from '../check/check-values';
import { Checkbox } from './Checkbox';
import { ContactFields } from './ContactFields';
import { DetailFields } from './DetailFields';
import { ErrorSummary } from './ErrorSummary';
import { errorsByField } from './field-paths';
import type { FormValues } from './form-values';
import { OnBehalfFields } from './OnBehalfFields';
import { PhotoPicker } from './PhotoPicker';
import { TextField } from './TextField';
import { WhoReceives } from '../advice/WhoReceives';

interface Props {
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  area: string;
  onChecked: () => void;
}

/** The report form. Errors appear only after "Check my report", then follow each change. */
export function ReportForm({ values, onChange, area, onChecked }: Props) {
  const { t, lng } = useT('report');
  const [attempt, setAttempt] = useState(0);
  const errors = attempt > 0 ? errorsByField(checkValues(values, { area, language: lng })) : {};
  const submit = (e: Event) => {
    e.preventDefault();
    if (checkValues(values, { area, language: lng }).length === 0) onChecked();
    else setAttempt((n) => n + 1);
  };
  return (
    <form id="report-form" class="stack report-form" noValidate onSubmit={submit} aria-labelledby="report-form-title">
      <h2 id="report-form-title">{t('form.title')}</h2>
      <p class="lead">{t(`category.${values.category}`)}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        field="description"
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        value={values.description}
        onValue={(description) => onChange({ description })}
        error={errors.description}
        multiline
        required
      />
      <DetailFields
        category={values.category}
        details={values.details}
        onDetail={(name, v) => onChange({ details: { ...values.details, [name]: v } })}
        errors={errors}
      />
      <PhotoPicker photos={values.photos} onPhotos={(photos) => onChange({ photos })} error={errors.photos} />
      <ContactFields values={values} onChange={onChange} errors={errors} area={area} />
      <OnBehalfFields values={values} onChange={onChange} errors={errors} />
      <WhoReceives area={area} />
      <Checkbox
        field="consent"
        label={t('who.consent')}
        checked={values.consent}
        onChecked={(consent) => onChange({ consent })}
        error={errors.consent}
      />
      <button type="submit" class="button">
        {t('form.check')}
      </button>
    </form>
  );
}

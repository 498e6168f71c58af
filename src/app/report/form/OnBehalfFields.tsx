import { useT } from '../../language/use-t';
import { Checkbox } from './Checkbox';
import type { FormValues } from './form-values';
import { TextField } from './TextField';

interface Props {
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  errors: Record<string, string>;
}

/** For a volunteer or outreach worker: who they are, and that the person agreed. */
export function OnBehalfFields({ values, onChange, errors }: Props) {
  const { t } = useT('report');
  return (
    <section class="stack report-behalf">
      <Checkbox field="onBehalf" label={t('behalf.toggle')} checked={values.onBehalf} onChecked={(onBehalf) => onChange({ onBehalf })} />
      {values.onBehalf && (
        <>
          <TextField
            field="onBehalf.worker"
            label={t('behalf.worker')}
            value={values.worker}
            onValue={(worker) => onChange({ worker })}
            error={errors['onBehalf.worker']}
            required
          />
          <TextField
            field="onBehalf.organisation"
            label={t('behalf.organisation')}
            value={values.organisation}
            onValue={(organisation) => onChange({ organisation })}
            error={errors['onBehalf.organisation']}
            required
          />
          <Checkbox
            field="onBehalf.personConsented"
            label={t('behalf.consented')}
            checked={values.personConsented}
            onChecked={(personConsented) => onChange({ personConsented })}
            error={errors['onBehalf.personConsented']}
          />
        </>
      )}
    </section>
  );
}

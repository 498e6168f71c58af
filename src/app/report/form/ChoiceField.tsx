import { useT } from '../../language/use-t';
import { codeKey, errorId, inputId } from './field-paths';

interface Props {
  field: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onValue: (value: string) => void;
  error?: string;
  required?: boolean;
}

/** One answer from a few: radio buttons in a fieldset, the error tied to the group. */
export function ChoiceField({ field, legend, options, value, onValue, error, required }: Props) {
  const { t } = useT('report');
  const id = inputId(field);
  return (
    <fieldset id={id} class="field" aria-describedby={error ? errorId(field) : undefined} aria-invalid={error ? true : undefined}>
      <legend>
        {legend} {required && <span class="field-need">({t('form.needed')})</span>}
      </legend>
      <div class="field-options">
        {options.map((o) => (
          <label key={o.value} class="field-option">
            <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onValue(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId(field)} class="field-error">
          {t(codeKey(error))}
        </p>
      )}
    </fieldset>
  );
}

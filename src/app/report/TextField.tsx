import { useT } from '../language/use-t';
import { codeKey, errorId, inputId } from './field-paths';

interface Props {
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'date';
  autoComplete?: string;
}

/** A labelled input whose error sits beside it, tied by aria-describedby. Typed words are never cleared or cut:
 * there is no maxLength, so text over the limit is flagged by validation instead of silently lost. */
export function TextField({ field, label, value, onValue, error, hint, required, multiline, type = 'text', autoComplete }: Props) {
  const { t } = useT('report');
  const id = inputId(field);
  const described = [hint && `${id}-hint`, error && errorId(field)].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'aria-required': required || undefined,
    onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>
        {label} {required && <span class="field-need">({t('form.needed')})</span>}
      </label>
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      {multiline ? (
        <textarea {...common} rows={5} dir="auto" />
      ) : type === 'date' ? (
        <input {...common} type="date" />
      ) : type === 'tel' ? (
        <input {...common} type="tel" dir="ltr" autoComplete={autoComplete} />
      ) : (
        <input {...common} type="text" dir="auto" autoComplete={autoComplete} />
      )}
      {error && (
        <p id={errorId(field)} class="field-error">
          {t(codeKey(error))}
        </p>
      )}
    </div>
  );
}

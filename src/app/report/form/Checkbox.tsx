import { useT } from '../../language/use-t';
import { codeKey, errorId, inputId } from './field-paths';

/** A single yes, with its error beside it. */
export function Checkbox({
  field,
  label,
  checked,
  onChecked,
  error,
}: {
  field: string;
  label: string;
  checked: boolean;
  onChecked: (v: boolean) => void;
  error?: string;
}) {
  const { t } = useT('report');
  return (
    <div class="field field-check">
      <label class="field-option">
        <input
          id={inputId(field)}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(field) : undefined}
          onChange={(e) => onChecked(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId(field)} class="field-error">
          {t(codeKey(error))}
        </p>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { cleanText } from '../../../shared/report';
import { useT } from '../../language/use-t';
import { codeKey, errorId, inputId } from './field-paths';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/** Removes what cannot be sent (NUL, other control characters, half an emoji) where it is typed or pasted,
 * keeping the caret in place. Returns whether anything changed. */
function cleanInput(el: TextInput): boolean {
  const clean = cleanText(el.value);
  if (clean === el.value) return false;
  const caret = el.selectionStart === null ? null : cleanText(el.value.slice(0, el.selectionStart)).length;
  el.value = clean;
  if (caret !== null && el.type !== 'date') el.setSelectionRange(caret, caret);
  return true;
}

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
 * there is no maxLength, so text over the limit is flagged by validation instead of silently lost. Hidden
 * characters that the intake cannot store are the one exception: removed at once, with a note saying so. */
export function TextField({ field, label, value, onValue, error, hint, required, multiline, type = 'text', autoComplete }: Props) {
  const { t } = useT('report');
  const [cleaned, setCleaned] = useState(false);
  const id = inputId(field);
  const noteId = `${id}-cleaned`;
  const described = [hint && `${id}-hint`, cleaned && noteId, error && errorId(field)].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'aria-required': required || undefined,
    onInput: (e: Event) => {
      const el = e.currentTarget as TextInput;
      if (cleanInput(el)) setCleaned(true);
      onValue(el.value);
    },
  };
  return (
    <div class="field">
      <label for={id}>
        {label} {required && <span class="field-need">({t('form.needed')})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={5} dir="auto" />
      ) : type === 'date' ? (
        <input {...common} type="date" />
      ) : type === 'tel' ? (
        <input {...common} type="tel" dir="ltr" autoComplete={autoComplete} />
      ) : (
        <input {...common} type="text" dir="auto" autoComplete={autoComplete} />
      )}
      <p id={noteId} role="status" class="field-note">
        {cleaned ? t('form.cleaned') : ''}
      </p>
      {error && (
        <p id={errorId(field)} class="field-error">
          {t(codeKey(error))}
        </p>
      )}
    </div>
  );
}

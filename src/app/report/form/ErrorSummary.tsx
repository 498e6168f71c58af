import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { codeKey, inputId, labelKey } from './field-paths';

/** After "Check my report": every problem in one announced list, each a link to its field. */
export function ErrorSummary({ errors, attempt }: { errors: Record<string, string>; attempt: number }) {
  const { t } = useT('report');
  const box = useRef<HTMLDivElement>(null);
  const fields = Object.keys(errors);
  useEffect(() => {
    if (attempt > 0 && fields.length) box.current?.focus();
  }, [attempt]);
  if (!fields.length) return null;
  return (
    <div ref={box} class="report-errors" role="alert" tabIndex={-1}>
      <p>{t('error.summary')}</p>
      <ul>
        {fields.map((f) => (
          <li key={f}>
            <a href={`#${f === 'report' ? 'report-form' : inputId(f)}`}>
              {t(labelKey(f))}: {t(codeKey(errors[f]!))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

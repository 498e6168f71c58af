import { LANGUAGES } from '../../../shared/languages';
import { useT } from '../../language/use-t';

/** The language shown beside the person's: every Waymark language, each named in its own script. */
export function SecondLanguagePicker({ value, onChange }: { value: string; onChange: (lang: string) => void }) {
  const { t } = useT('helpers');
  return (
    <label>
      <span>{t('common.secondLanguage')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.bcp47}>
            {l.endonym === l.english ? l.endonym : `${l.endonym} (${l.english})`}
          </option>
        ))}
      </select>
    </label>
  );
}

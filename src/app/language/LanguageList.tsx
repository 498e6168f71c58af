import { LANGUAGES, type LanguageCode } from '../../shared/languages';

/** Every language in its own script, as large buttons; usable by someone who reads no English. */
export function LanguageList({ current, onPick }: { current?: LanguageCode | undefined; onPick: (code: LanguageCode) => void }) {
  return (
    <ul class="choice-grid" role="list">
      {LANGUAGES.map((l) => (
        <li key={l.code}>
          <button
            type="button"
            class="choice"
            lang={l.bcp47}
            dir={l.dir}
            aria-current={l.code === current ? 'true' : undefined}
            onClick={() => onPick(l.code)}
          >
            <span class="choice-main">{l.endonym}</span>
            {l.code !== 'en' && (
              <span class="choice-sub" lang="en" dir="ltr">
                {l.english}
              </span>
            )}
            {'pickerNote' in l && (
              <span class="choice-sub choice-script" lang="en" dir="ltr">
                {l.pickerNote}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

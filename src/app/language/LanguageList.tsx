import { LANGUAGES, type LanguageCode } from '../../shared/languages';

interface Props {
  current?: LanguageCode | undefined;
  onPick: (code: LanguageCode, e: Event) => void;
  /** each language as a link to this page (it works without JavaScript; onPick may stop it and route itself) */
  href?: (code: LanguageCode) => string;
}

/** Every language in its own script, as large buttons (or links); usable by someone who reads no English. */
export function LanguageList({ current, onPick, href }: Props) {
  const Choice = href ? 'a' : 'button';
  return (
    <ul class="choice-grid" role="list">
      {LANGUAGES.map((l) => (
        <li key={l.code}>
          <Choice
            {...(href ? { href: href(l.code) } : { type: 'button' as const })}
            class="choice"
            lang={l.bcp47}
            dir={l.dir}
            aria-current={l.code === current ? 'true' : undefined}
            onClick={(e: Event) => onPick(l.code, e)}
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
          </Choice>
        </li>
      ))}
    </ul>
  );
}

import type { JSX } from 'preact';
import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { formatDay } from '../../language/dates';
import { LanguageScope, useT } from '../../language/use-t';

interface Props {
  langs: readonly string[];
  k: string;
  ns?: string;
  values?: Record<string, string>;
  /** calendar days (YYYY-MM-DD), each part writing them in its own language */
  days?: Record<string, string>;
  as?: keyof Pick<JSX.IntrinsicElements, 'h2' | 'h3' | 'p' | 'div'>;
}

function Part({ k, ns, values, days }: { k: string; ns: string; values?: Record<string, string>; days?: Record<string, string> }) {
  const { t, bcp47, dir } = useT(ns);
  const written = Object.fromEntries(Object.entries(days ?? {}).map(([name, iso]) => [name, formatDay(iso, t)]));
  return (
    <span class="paired-part" lang={bcp47} dir={dir}>
      {t(k, { ...values, ...written })}
    </span>
  );
}

/** One heading or line in each language, each part with its own lang and dir (a language given twice shows once). */
export function PairedText({ langs, k, ns = 'helpers', values, days, as: Tag = 'p' }: Props) {
  const codes = [...new Set(langs.map((l) => getLanguage(isLanguageCode(l) ? l : 'en').code))];
  return (
    <Tag class="paired">
      {codes.map((lang) => (
        <LanguageScope key={lang} lang={lang}>
          <Part k={k} ns={ns} values={values} days={days} />
        </LanguageScope>
      ))}
    </Tag>
  );
}

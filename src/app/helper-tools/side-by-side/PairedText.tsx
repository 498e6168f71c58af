import type { JSX } from 'preact';
import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { formatDay } from '../../language/dates';
import { LanguageScope, useT } from '../../language/use-t';
import { sayNamed } from '../../ui/say';

interface Props {
  langs: readonly string[];
  k: string;
  ns?: string;
  values?: Record<string, string>;
  /** proper nouns put in as they are written, isolated and unbroken */
  names?: Record<string, string>;
  /** calendar days (YYYY-MM-DD), each part writing them in its own language */
  days?: Record<string, string>;
  as?: keyof Pick<JSX.IntrinsicElements, 'h2' | 'h3' | 'p' | 'div'>;
}

type PartProps = Pick<Props, 'k' | 'values' | 'names' | 'days'> & { ns: string };

function Part({ k, ns, values, names, days }: PartProps) {
  const { t, bcp47, dir } = useT(ns);
  const written = Object.fromEntries(Object.entries(days ?? {}).map(([name, iso]) => [name, formatDay(iso, t)]));
  return (
    <span class="paired-part" lang={bcp47} dir={dir}>
      {names ? sayNamed(t, k, names, { ...values, ...written }) : t(k, { ...values, ...written })}
    </span>
  );
}

/** One heading or line in each language, each part with its own lang and dir (a language given twice shows once). */
export function PairedText({ langs, k, ns = 'helpers', values, names, days, as: Tag = 'p' }: Props) {
  const codes = [...new Set(langs.map((l) => getLanguage(isLanguageCode(l) ? l : 'en').code))];
  return (
    <Tag class="paired">
      {codes.map((lang) => (
        <LanguageScope key={lang} lang={lang}>
          <Part k={k} ns={ns} values={values} names={names} days={days} />
        </LanguageScope>
      ))}
    </Tag>
  );
}

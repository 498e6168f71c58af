import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { useT } from '../../language/use-t';
import type { FormValues } from '../form/form-values';
import { summaryRows, type SummaryValue } from './summary-rows';

interface Props {
  values: FormValues;
  heading: string;
  /** BCP 47 tag of the person's own words, which stay as written in both columns */
  ownLang: string;
}

/** One column of the summary, worded in the language of the surrounding LanguageScope. */
export function SummaryColumn({ values, heading, ownLang }: Props) {
  const { t, bcp47, dir } = useT('report');
  const show = (v: SummaryValue) => {
    if ('key' in v) return t(v.key, v.options);
    if ('ltr' in v)
      return (
        <bdi dir="ltr" class="ltr">
          {v.ltr}
        </bdi>
      );
    if ('language' in v) {
      const l = getLanguage(isLanguageCode(v.language) ? v.language : 'en');
      return (
        <span lang={l.bcp47} dir={l.dir}>
          {l.endonym}
        </span>
      );
    }
    return (
      <span lang={ownLang} dir="auto" class="report-own">
        {v.own}
      </span>
    );
  };
  return (
    <section class="report-column" lang={bcp47} dir={dir}>
      <h3>{t(heading)}</h3>
      <dl>
        {summaryRows(values).map((row) => (
          <div key={row.label} class="report-row">
            <dt>{t(row.label)}</dt>
            <dd>{show(row.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { LanguageScope, useT } from '../../language/use-t';
import type { FormValues } from '../form/form-values';
import { SummaryColumn } from './SummaryColumn';

/** What will be sent, in the person's language and in English side by side (one column when they read English). */
export function ReportSummary({ values }: { values: FormValues }) {
  const { lng, bcp47 } = useT('report');
  return (
    <div class="report-columns">
      {lng !== 'en' && <SummaryColumn values={values} heading="check.yourLanguage" ownLang={bcp47} />}
      <LanguageScope lang="en">
        <SummaryColumn values={values} heading="check.english" ownLang={bcp47} />
      </LanguageScope>
    </div>
  );
}

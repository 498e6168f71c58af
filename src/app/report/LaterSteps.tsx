// The steps after "What is wrong?" (advice, the form, its check): a chunk of their own, fetched when a problem is chosen,
// so the page's first step is drawn and used without the form, its validator or the outbox's code.
import { useEffect } from 'preact/hooks';
import type { AreaId } from '../../shared/areas';
import type { Category } from '../../shared/report';
import { useT } from '../language/use-t';
import { markFormOpen } from '../offline/unsaved-input';
import type { OutboxItem } from '../storage/db';
import { CategoryAdvice } from './advice/CategoryAdvice';
import { ReportCheck } from './check/ReportCheck';
import { FORM_ID, type ReportDraft } from './draft/use-report-draft';
import { emptyValues, withCategory } from './form/form-values';
import { ReportForm } from './form/ReportForm';

export interface LaterProps {
  step: 'advice' | 'form' | 'check';
  category: Category;
  area: AreaId;
  lang: string;
  draft: ReportDraft;
  go: (category?: Category, step?: 'form' | 'check') => void;
  onSaved: (item: OutboxItem) => void;
  onSentDirect: (reference: string) => void;
}

export function LaterSteps({ step, category, area, lang, draft, go, onSaved, onSentDirect }: LaterProps) {
  const { t } = useT('report');
  // A form step needs values: continue the draft, or start one for this problem.
  useEffect(() => {
    if ((step === 'form' || step === 'check') && draft.state !== 'loading' && draft.values?.category !== category)
      draft.start((current) => (current ? withCategory(current, category) : emptyValues(category, lang)));
  }, [step, category, draft.state]);

  const values = draft.values?.category === category ? draft.values : undefined;
  // While the form or its check is on screen, an update waits: a reload would lose the person's place.
  const filling = (step === 'form' || step === 'check') && values !== undefined;
  useEffect(() => {
    markFormOpen(FORM_ID, filling);
    return () => markFormOpen(FORM_ID, false);
  }, [filling]);
  const back = (to: () => void) => (
    <button type="button" class="button button-quiet" onClick={to}>
      {t('back')}
    </button>
  );
  return (
    <>
      {step === 'advice' && (
        <>
          {back(() => go())}
          <CategoryAdvice category={category} area={area} onWrite={() => go(category, 'form')} />
        </>
      )}
      {step === 'form' && values && (
        <>
          {back(() => go(category))}
          <ReportForm values={values} onChange={draft.update} area={area} onChecked={() => go(category, 'check')} />
        </>
      )}
      {step === 'check' && values && (
        <>
          {back(() => go(category, 'form'))}
          <ReportCheck
            values={values}
            area={area}
            onEdit={() => go(category, 'form')}
            onBeforeSave={draft.hold}
            onSaved={onSaved}
            onSentDirect={onSentDirect}
          />
        </>
      )}
    </>
  );
}

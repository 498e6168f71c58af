import { useEffect, useRef } from 'preact/hooks';
import type { AreaId } from '../../shared/areas';
import type { Category } from '../../shared/report';
import { useT } from '../language/use-t';
import { CategoryAdvice } from './advice/CategoryAdvice';
import { CategoryPicker } from './form/CategoryPicker';
import { ReportCheck } from './check/ReportCheck';
import { ReportForm } from './form/ReportForm';
import type { OutboxItem } from '../storage/db';
import { markFormOpen } from '../offline/unsaved-input';
import { FORM_ID, type ReportDraft } from './draft/use-report-draft';

export type Step = 'pick' | 'advice' | 'form' | 'check';

interface Props {
  step: Step;
  category: Category | undefined;
  area: AreaId;
  lang: string;
  draft: ReportDraft;
  go: (category?: Category, step?: 'form' | 'check') => void;
  onSaved: (item: OutboxItem) => void;
  onSentDirect: (reference: string) => void;
}

/** The step the URL asks for; focus moves to it so a screen reader starts at the new content. */
export function ReportSteps({ step, category, area, lang, draft, go, onSaved, onSentDirect }: Props) {
  const { t } = useT('report');
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) box.current?.focus();
    first.current = false;
  }, [step, category]);
  // A form step needs values: continue the draft, or start one for this problem.
  useEffect(() => {
    if (category && (step === 'form' || step === 'check') && draft.state !== 'loading' && draft.values?.category !== category)
      draft.start(category, lang);
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
    <div ref={box} tabIndex={-1} class="stack report-step">
      {step === 'pick' && (
        <>
          <p>{t('intro')}</p>
          {draft.values && (
            <p class="notice report-draft">
              {t('draft.found')}{' '}
              <button type="button" class="button" onClick={() => go(draft.values!.category, 'form')}>
                {t('draft.continue')}
              </button>
            </p>
          )}
          <CategoryPicker onPick={(c) => go(c)} />
        </>
      )}
      {step === 'advice' && category && (
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
    </div>
  );
}

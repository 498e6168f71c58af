import { useEffect, useRef, useState } from 'preact/hooks';
import type { AreaId } from '../../shared/areas';
import type { Category } from '../../shared/report-categories';
import { useT } from '../language/use-t';
import { CategoryPicker } from './form/CategoryPicker';
import type { OutboxItem } from '../storage/db';
import type { ReportDraft } from './draft/use-report-draft';
import type { LaterSteps as Later } from './LaterSteps';

export type Step = 'pick' | 'advice' | 'form' | 'check';

let later: typeof Later | undefined;
/** The later steps' code: fetched when a problem is chosen, or before hydrating a page the server drew at a later step. */
export function loadLaterSteps(): Promise<typeof Later> {
  return import('./LaterSteps').then((m) => (later = m.LaterSteps));
}

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
export function ReportSteps({ step, category, draft, go, ...rest }: Props) {
  const { t } = useT('report');
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const [, setLoaded] = useState(false);
  const Later = later;
  useEffect(() => {
    if (!first.current) box.current?.focus();
    first.current = false;
  }, [step, category]);
  useEffect(() => {
    if (step !== 'pick' && !Later)
      void loadLaterSteps().then(
        () => setLoaded(true),
        () => undefined,
      );
  }, [step]);

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
      {step !== 'pick' && category && Later && <Later step={step} category={category} draft={draft} go={go} {...rest} />}
    </div>
  );
}

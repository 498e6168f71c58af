import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../shared/report-categories';
import { useT } from '../language/use-t';
import { CategoryPicker } from './form/CategoryPicker';
import { loadLater, useLater } from '../ui/use-later';
import type { LaterProps } from './LaterSteps';

export type Step = 'pick' | 'advice' | 'form' | 'check';

const laterSteps = () => import('./LaterSteps').then((m) => m.LaterSteps);
/** The later steps' code: fetched when a problem is chosen, or before hydrating a page the server drew at a later step. */
export function loadLaterSteps(): Promise<unknown> {
  return loadLater(laterSteps);
}

type Props = Omit<LaterProps, 'step' | 'category'> & { step: Step; category: Category | undefined };

/** The step the URL asks for; focus moves to it so a screen reader starts at the new content. */
export function ReportSteps({ step, category, draft, go, ...rest }: Props) {
  const { t } = useT('report');
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const Later = useLater(laterSteps, step !== 'pick');
  useEffect(() => {
    if (!first.current) box.current?.focus();
    first.current = false;
  }, [step, category]);

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

// The form's values, saved as a draft a moment after each change. While a change is not yet stored,
// the form is marked unsaved so an app update waits rather than reload over the person's words.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category } from '../../../shared/report';
import { markUnsaved } from '../../offline/unsaved-input';
import { loadDraft, saveDraft } from './draft-store';
import { readDraft } from './draft-values';
import { emptyValues, withCategory, type FormValues } from '../form/form-values';

export const FORM_ID = 'report';
const DEBOUNCE_MS = 400;

export type DraftState = 'loading' | 'ready' | 'unavailable';

export interface ReportDraft {
  values: FormValues | undefined;
  state: DraftState;
  /** the last change could not be stored on the phone */
  notKept: boolean;
  start: (category: Category, language: string) => void;
  update: (patch: Partial<FormValues>) => void;
  replace: (values: FormValues) => void;
  /** write any pending change now (its transaction then runs before the save that deletes the draft) */
  hold: () => void;
  reset: () => void;
}

export function useReportDraft(): ReportDraft {
  const [values, setValues] = useState<FormValues>();
  const [state, setState] = useState<DraftState>('loading');
  const [notKept, setNotKept] = useState(false);
  const current = useRef<FormValues | undefined>(undefined);
  const pending = useRef<FormValues | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    const v = pending.current;
    if (!v) return;
    pending.current = undefined;
    saveDraft(v).then(
      () => {
        if (!pending.current) markUnsaved(FORM_ID, false);
        setNotKept(false);
      },
      () => setNotKept(true),
    );
  };
  const set = (next: FormValues | undefined, persist: boolean) => {
    current.current = next;
    setValues(next);
    if (!next || !persist) return;
    pending.current = next;
    markUnsaved(FORM_ID, true);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DEBOUNCE_MS);
  };

  useEffect(() => {
    loadDraft().then(
      (saved) => {
        const draft = readDraft(saved);
        if (draft && !current.current) set(draft, false);
        setState('ready');
      },
      () => setState('unavailable'),
    );
    return flush;
  }, []);

  const hold = flush;
  return {
    values,
    state,
    notKept,
    start: (category, language) => set(current.current ? withCategory(current.current, category) : emptyValues(category, language), true),
    update: (patch) => current.current && set({ ...current.current, ...patch }, true),
    replace: (v) => set(v, false),
    hold,
    reset: () => {
      clearTimeout(timer.current);
      pending.current = undefined;
      set(undefined, false);
      markUnsaved(FORM_ID, false);
    },
  };
}

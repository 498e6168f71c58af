// The form's values, saved as a draft a moment after each change. While a change is not yet stored,
// the form is marked unsaved so an app update waits rather than reload over the person's words. The store (Dexie) is loaded
// only when the phone keeps something or the person starts a report: the first change loads it and is then saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { markUnsaved } from '../../offline/unsaved-input';
// Also ties this chunk to the quick exit's, so the server links the quick exit's script and style with the page (no late style, no shift).
import { isLeaving } from '../../safety/leaving';
import type { FormValues } from '../form/form-values';
import type * as DraftStore from './draft-store';

export const FORM_ID = 'report';
const DEBOUNCE_MS = 400;

export type DraftState = 'loading' | 'ready' | 'unavailable';

export interface ReportDraft {
  values: FormValues | undefined;
  state: DraftState;
  /** the last change could not be stored on the phone */
  notKept: boolean;
  /** continue the values on screen or begin new ones (the caller knows the form, so this chunk need not) */
  start: (make: (current: FormValues | undefined) => FormValues) => void;
  update: (patch: Partial<FormValues>) => void;
  replace: (values: FormValues) => void;
  /** write any pending change now (its transaction then runs before the save that deletes the draft) */
  hold: () => void;
  reset: () => void;
}

/** `load`: undefined while it is not yet known whether the phone keeps a draft, false when it keeps none, true to read it. */
let store: typeof DraftStore | undefined;
const loadStore = () => import('./draft-store').then((m) => (store = m));
/** The store's code and the draft reader, fetched together (before drawing a URL at the form, so the form comes at once). */
export const loadDraftCode = () => Promise.all([loadStore(), import('./draft-values')]);

export function useReportDraft(load: boolean | undefined): ReportDraft {
  const [values, setValues] = useState<FormValues>();
  const [state, setState] = useState<DraftState>('loading');
  const [notKept, setNotKept] = useState(false);
  const current = useRef<FormValues | undefined>(undefined);
  const pending = useRef<FormValues | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    const v = pending.current;
    // A quick exit has begun: nothing is written back, and the store's code is not fetched for it.
    if (!v || isLeaving()) return;
    pending.current = undefined;
    // Called at once when the store is here, so a held change is written before the save that deletes the draft; code that does
    // not arrive (offline, never cached) fails like a full store: the change is not kept, and the page says so.
    void (store ? store.saveDraft(v) : loadStore().then((m) => m.saveDraft(v))).then(
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

  const asked = useRef(false);
  useEffect(() => {
    if (load === false) setState((s) => (s === 'loading' ? 'ready' : s));
    if (!load || asked.current) return;
    asked.current = true;
    loadDraftCode()
      .then(([store, read]) => store.loadDraft().then((saved) => read.readDraft(saved)))
      .then(
        (draft) => {
          if (draft && !current.current) set(draft, false);
          setState('ready');
        },
        () => setState('unavailable'),
      );
  }, [load]);
  useEffect(() => flush, []);

  const hold = flush;
  return {
    values,
    state,
    notKept,
    start: (make) => set(make(current.current), true),
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

// "/<lang>/<area>/report": who to tell, the form, and the outbox. Steps live in the query (?c=&step=)
// and replace history, so the quick exit (in the page frame) leaves no report step behind to go back to.
// The first step is drawn without Dexie, the form or the sender: they come when the phone keeps a report or a problem is chosen.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isAreaId, type AreaId } from '../../shared/areas';
import { CATEGORIES, type Category } from '../../shared/report-categories';
import { useT } from '../language/use-t';
import type { OutboxItem } from '../storage/db';
import type { TopicPageProps } from '../topics/topics';
import { ClearMyData } from './receipts/ClearMyData';
import { EmergencyFirst } from './advice/EmergencyFirst';
import { phoneKeepsReports } from './draft/kept-reports';
import { useLater } from '../ui/use-later';
import { loadLaterSteps, ReportSteps, type Step } from './ReportSteps';
import { Sentence } from './Sentence';
import { useOutbox } from './receipts/use-outbox';
import { loadDraftCode, useReportDraft } from './draft/use-report-draft';
import './report.css';

type Flash = { kind: 'saved'; id: string } | { kind: 'sentDirect'; reference: string };

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** The topic's loader: a page the server drew at a later step (a URL with ?c=) hydrates with that step's code already here. */
export async function loadReportPage(): Promise<ComponentType<TopicPageProps>> {
  if (typeof window === 'undefined') await loadLaterSteps();
  else {
    const query = new URLSearchParams(window.location.search);
    if (query.has('c')) await Promise.all([loadLaterSteps(), query.has('step') ? loadDraftCode() : 0]);
  }
  return ReportPage;
}

const outboxList = () => import('./receipts/OutboxList').then((m) => m.OutboxList);

/** Undefined until the phone has been asked whether it keeps any report. */
function useKeptReports(): boolean | undefined {
  const [kept, setKept] = useState<boolean>();
  useEffect(() => void phoneKeepsReports().then(setKept), []);
  return kept;
}

export function ReportPage({ lang, area }: TopicPageProps) {
  const { t, ready } = useT('report');
  const { t: common } = useT();
  const { query, route } = useLocation();
  const category = isCategory(query.c) ? query.c : undefined;
  const step: Step = !category ? 'pick' : query.step === 'form' || query.step === 'check' ? query.step : 'advice';
  const kept = useKeptReports();
  // Once the store is wanted (something kept, or a problem chosen) it stays open for the page's life.
  const [opened, setOpened] = useState(false);
  const open = opened || kept === true || step !== 'pick';
  useEffect(() => {
    if (!open) return;
    setOpened(true);
    void import('./delivery/outbox-runner').then(
      (m) => m.startSender(),
      () => undefined,
    );
  }, [open]);
  const draft = useReportDraft(open || (kept === false ? false : undefined));
  const outbox = useOutbox(open);
  const [flash, setFlash] = useState<Flash>();
  const listed = outbox.items.length > 0 || outbox.receipts.length > 0;
  const OutboxList = useLater(outboxList, listed);
  const go = (c?: Category, s?: 'form' | 'check') => {
    const q = c ? `?c=${c}${s ? `&step=${s}` : ''}` : '';
    const to = `/${lang}/${area}/report${q}`;
    // The next step appears whole, with its code here, so focus moves to its content and never to a step still coming.
    if (c)
      void loadLaterSteps().then(
        () => route(to, true),
        () => route(to, true),
      );
    else route(to, true);
  };
  const fix = async (item: OutboxItem) => {
    const [{ valuesFromReport }, { reopenAsDraft }] = await Promise.all([import('./draft/draft-values'), import('./draft/draft-store')]);
    const values = valuesFromReport(item.payload as Record<string, unknown>);
    if (!values) return;
    await reopenAsDraft(item.id, values).catch(() => undefined);
    draft.replace(values);
    go(values.category, 'form');
  };

  // Once the report just saved has been delivered, "saved, will send" is no longer true: say it was sent.
  const sent = flash?.kind === 'saved' ? outbox.receipts.find((r) => r.id === flash.id) : undefined;
  if (!ready || !isAreaId(area)) return <h1>{common('topic.report')}</h1>;
  return (
    <div class="report stack">
      <h1>{t('title')}</h1>
      <EmergencyFirst />
      {draft.state === 'unavailable' && <p class="notice">{t('draft.unavailable')}</p>}
      {draft.notKept && draft.state !== 'unavailable' && <p class="notice">{t('draft.notKept')}</p>}
      <div role="status" class="report-flash">
        {flash?.kind === 'saved' && !sent && <p>{t('save.saved')}</p>}
        {sent && (
          <p>
            <Sentence t={t} k="status.sent" values={{ reference: sent.reference }} />
          </p>
        )}
        {sent?.statusToken && <p>{t('progress.next')}</p>}
        {flash?.kind === 'sentDirect' && (
          <p>
            <Sentence t={t} k="save.sentDirect" values={{ reference: flash.reference }} />
          </p>
        )}
      </div>
      <ReportSteps
        step={step}
        category={category}
        area={area as AreaId}
        lang={lang}
        draft={draft}
        go={(c, s) => {
          setFlash(undefined);
          go(c, s);
        }}
        onSaved={(item) => {
          draft.reset();
          setFlash({ kind: 'saved', id: item.id });
          go();
        }}
        onSentDirect={(reference) => {
          draft.reset();
          setFlash({ kind: 'sentDirect', reference });
          go();
        }}
      />
      {listed && OutboxList && <OutboxList view={outbox} area={area} onFix={(i) => void fix(i)} />}
      {/* Below the form, drawn once the draft is read: drawn before, the form arriving above would push it down. */}
      {(step === 'pick' || draft.state !== 'loading') && <ClearMyData onCleared={draft.reset} />}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { IssueReport } from '../../../shared/report';
import { useT } from '../../language/use-t';
import type { OutboxItem } from '../../storage/db';
import type { Verdict } from '../outbox/answer';
import { saveReport, sendWithoutSaving } from '../draft/save-report';
import { StorageFailure, type StorageProblem } from '../draft/storage-error';

interface Props {
  build: () => IssueReport | undefined;
  onSaved: (item: OutboxItem) => void;
  onSentDirect: (reference: string) => void;
}

/** "Send report": says "saved" only after the commit; on failure says why and keeps every word on screen. */
export function SendReport({ build, onSaved, onSentDirect }: Props) {
  const { t } = useT('report');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<StorageProblem>();
  const [direct, setDirect] = useState<Verdict>();

  const save = async () => {
    const report = build();
    if (!report || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      onSaved(await saveReport(report));
    } catch (err) {
      setProblem(err instanceof StorageFailure ? err.problem : 'other');
    } finally {
      setBusy(false);
    }
  };

  const sendDirect = async () => {
    const report = build();
    if (!report || busy) return;
    setBusy(true);
    const verdict = await sendWithoutSaving(report);
    setDirect(verdict);
    setBusy(false);
    if (verdict.kind === 'sent') onSentDirect(verdict.reference);
  };

  return (
    <div class="stack">
      <button type="button" class="button" onClick={() => void save()} disabled={busy} aria-busy={busy}>
        {busy ? t('check.saving') : t('check.send')}
      </button>
      <div role="alert">
        {problem && <p class="report-problem">{t(`save.${problem === 'closed' ? 'unavailable' : problem}`)}</p>}
        {direct && direct.kind !== 'sent' && (
          <p class="report-problem">
            {t('save.directFailed', { reason: t(`status.${direct.kind === 'retry' ? direct.reason : 'unexpected'}`) })}
          </p>
        )}
      </div>
      {problem && problem !== 'other' && direct?.kind !== 'sent' && (
        <button type="button" class="button button-quiet" onClick={() => void sendDirect()} disabled={busy}>
          {t('save.direct')}
        </button>
      )}
    </div>
  );
}

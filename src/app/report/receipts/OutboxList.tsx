import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { foldOutbox, outboxFolded } from '../../safety/outbox-fold';
import type { OutboxItem } from '../../storage/db';
import { kickSender } from '../delivery/outbox-runner';
import { OutboxEntry } from './OutboxEntry';
import { ReceiptEntry } from './ReceiptEntry';
import { isTracked } from './receipt-status';
import { deleteReport } from '../outbox/personal-data';
import { changesSince, snapshot, type Seen } from './status-view';
import type { OutboxView } from './use-outbox';

/** "Your reports": waiting ones with their status, then receipts. Changes are announced politely. */
export function OutboxList({ view, onFix, area }: { view: OutboxView; onFix: (item: OutboxItem) => void; area?: string }) {
  const { t } = useT('report');
  const safety = useT('safety');
  const [folded, setFolded] = useState(outboxFolded);
  const seen = useRef<Seen | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!view.loaded) return;
    const changes = changesSince(seen.current, view.items, view.receipts);
    seen.current = snapshot(view.items, view.receipts);
    const last = changes[changes.length - 1];
    if (last)
      setAnnouncement(last.kind === 'sent' ? t('status.sent', { reference: last.reference }) : t(`status.${last.kind}`, { reason: '' }));
  }, [view]);
  const tracked = view.receipts.some(isTracked);
  // The page with the receipts on it is where a changed status matters: ask, lazily, once the list is shown.
  useEffect(() => {
    if (tracked)
      void import('./status-check').then(
        (m) => m.startStatusChecks(),
        () => undefined,
      );
  }, [tracked]);
  const waiting = view.items.some((i) => i.state === 'queued' || i.state === 'paused');
  if (folded) {
    return (
      <section class="stack" aria-labelledby="report-status-title">
        <h2 id="report-status-title">{t('status.title')}</h2>
        <p>{safety.t('outbox.folded')}</p>
        <button type="button" class="button button-quiet" onClick={() => (foldOutbox(false), setFolded(false))}>
          {safety.t('outbox.show')}
        </button>
      </section>
    );
  }
  return (
    <section class="stack" aria-labelledby="report-status-title">
      <h2 id="report-status-title">{t('status.title')}</h2>
      <p role="status" aria-live="polite" class="visually-hidden">
        {announcement}
      </p>
      <ul class="report-entries">
        {view.items.map((item) => (
          <OutboxEntry key={item.id} item={item} area={area} now={Date.now()} onFix={onFix} onDelete={(i) => void deleteReport(i.id)} />
        ))}
        {view.receipts.map((r) => (
          <ReceiptEntry key={r.id} receipt={r} />
        ))}
      </ul>
      {waiting && (
        <button type="button" class="button" onClick={() => kickSender('sendNow')}>
          {t('status.sendNow')}
        </button>
      )}
    </section>
  );
}

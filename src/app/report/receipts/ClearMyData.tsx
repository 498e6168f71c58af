import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import type { OutboxItem } from '../../storage/db';
import { formatWhen } from '../../language/dates';

// The store's code comes with the first tap: drawing the button needs none of it.
const personalData = () => import('../outbox/personal-data');

type Stage = 'idle' | 'confirm' | 'done' | 'failed';

/** "Clear my data": says what goes, lists any report not yet sent, and deletes only after a second yes. */
export function ClearMyData({ onCleared }: { onCleared: () => void }) {
  const { t } = useT('report');
  const [stage, setStage] = useState<Stage>('idle');
  const [unsent, setUnsent] = useState<OutboxItem[]>([]);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stage === 'confirm') panel.current?.focus();
  }, [stage]);

  const ask = async () => {
    setUnsent(
      await personalData()
        .then((m) => m.unsentReports())
        .catch(() => []),
    );
    setStage('confirm');
  };
  const clear = async () => {
    try {
      await (await personalData()).clearMyData();
      setStage('done');
      onCleared();
    } catch {
      setStage('failed');
    }
  };

  return (
    <section class="stack report-clear" aria-labelledby="report-clear-title">
      <h2 id="report-clear-title">{t('clear.button')}</h2>
      {stage !== 'confirm' && (
        <button type="button" class="button button-quiet" onClick={() => void ask()}>
          {t('clear.button')}
        </button>
      )}
      {stage === 'confirm' && (
        <div ref={panel} class="notice report-confirm" role="group" aria-labelledby="report-clear-intro" tabIndex={-1}>
          <p id="report-clear-intro">{t('clear.intro')}</p>
          {unsent.length > 0 && (
            <>
              <p>
                <strong>{t('clear.unsent')}</strong>
              </p>
              <ul>
                {unsent.map((i) => (
                  <li key={i.id}>
                    {t(`category.${i.category}`)} · {formatWhen(i.createdAt, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="report-actions">
            <button type="button" class="button" onClick={() => void clear()}>
              {t('clear.confirm')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setStage('idle')}>
              {t('clear.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{stage === 'done' ? t('clear.done') : stage === 'failed' ? t('clear.failed') : ''}</p>
    </section>
  );
}

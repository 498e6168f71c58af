// Days left on a notice: the person types the date on their letter; the phone counts. Kept in this component's
// state only (no localStorage, no IndexedDB, no URL), so nothing about their case stays on the phone.
import { useState } from 'preact/hooks';
import type { CountFact } from '../../content/fact';
import { formatDay, todayInLondon } from '../../language/dates';
import { useT } from '../../language/use-t';
import { letterDate, noticeDays, type NoticeDays } from './notice-days';

export interface NoticeKind {
  id: '95' | '4';
  ends: CountFact;
  lock: CountFact;
}

type Result = { error: true } | { error: false; days: NoticeDays };

export function DaysLeft({ kinds, today = todayInLondon }: { kinds: readonly NoticeKind[]; today?: () => string }) {
  const { t, ready } = useT('notice');
  const [kind, setKind] = useState<NoticeKind['id']>(kinds[0]!.id);
  const [parts, setParts] = useState({ day: '', month: '', year: '' });
  const [result, setResult] = useState<Result | null>(null);
  const chosen = kinds.find((k) => k.id === kind)!;

  const count = (e: Event) => {
    e.preventDefault();
    const letter = letterDate(parts.day, parts.month, parts.year);
    setResult(
      letter ? { error: false, days: noticeDays(letter, { ends: chosen.ends.value, lock: chosen.lock.value }, today()) } : { error: true },
    );
  };
  const field = (name: keyof typeof parts, size: number) => (
    <label class="days-left-part">
      <span>{t(name)}</span>
      <input
        name={name}
        inputMode="numeric"
        autoComplete="off"
        size={size}
        maxLength={size}
        value={parts[name]}
        aria-invalid={result?.error ? 'true' : undefined}
        aria-describedby={result?.error ? 'days-left-error' : undefined}
        onInput={(e) => setParts({ ...parts, [name]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  if (!ready) return null;
  return (
    <form class="days-left stack" onSubmit={count} noValidate>
      <fieldset>
        <legend>{t('typeLabel')}</legend>
        {kinds.map((k) => (
          <label key={k.id} class="days-left-kind">
            <input type="radio" name="kind" value={k.id} checked={kind === k.id} onChange={() => setKind(k.id)} />
            <span>{t(`type${k.id}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('dateLabel')}</legend>
        <div class="days-left-date">
          {field('day', 2)}
          {field('month', 2)}
          {field('year', 4)}
        </div>
      </fieldset>
      <button type="submit" class="button">
        {t('show')}
      </button>
      <div aria-live="polite" class="days-left-result">
        {result?.error && (
          <p id="days-left-error" class="days-left-error">
            {t('invalid')}
          </p>
        )}
        {result && !result.error && <Outcome days={result.days} />}
      </div>
    </form>
  );
}

function Outcome({ days }: { days: NoticeDays }) {
  const { t } = useT('notice');
  const left = days.left > 0 ? t('left', { count: days.left }) : t(days.left === 0 ? 'today' : 'passed');
  return (
    <div class="stack">
      <p class="days-left-count">
        <strong>{left}</strong>
      </p>
      <p>{t('ends', { date: formatDay(days.ends, t) })}</p>
      <p>{t('lock', { date: formatDay(days.lock, t) })}</p>
    </div>
  );
}

// Set up once: the collection day and which bin goes out on the next one. Nothing is saved until both make sense.
import { useRef, useState } from 'preact/hooks';
import type { AreaBinRules, IsoDate, Weekday } from '../../../content/bins/bin-rules';
import { areaWords } from '../../../content/area-words';
import { useT } from '../../../language/use-t';
import { BinPicture } from '../BinPicture';
import { formatCollectionDay, formatWeekday } from '../../../language/dates';
import { formatWeekdays } from '../bin-words';
import { anchorFor, slotOn, type BinSchedule } from './next-collections';
import { Phrase } from '../Phrase';
import { PhoneLink } from '../PhoneLink';
import { scheduleFromDraft, scheduleFromStreet, UNKNOWN_SLOT } from './schedule-draft';

interface Props {
  rules: AreaBinRules;
  today: IsoDate;
  initial: BinSchedule | null;
  onSave: (schedule: BinSchedule) => void;
  onCancel?: () => void;
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function ScheduleSetup({ rules, today, initial, onSave, onCancel }: Props) {
  const { t } = useT('bins');
  const [weekday, setWeekday] = useState<Weekday | null>(initial?.weekday ?? null);
  const [slot, setSlot] = useState<string | null>(() =>
    initial ? (slotOn(rules, initial, anchorFor(initial.weekday, today))?.id ?? null) : null,
  );
  const [street, setStreet] = useState('');
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const result = scheduleFromDraft(rules, { weekday, slot }, today);
  const errors = result.ok ? {} : result.errors;
  const dayError = errors.weekday === 'not-collected' || tried ? errors.weekday : undefined;
  const slotError = tried ? errors.slot : undefined;
  const dayOk = weekday !== null && !errors.weekday;
  const area = rules.area;
  const slotWords = areaWords(t, area, 'bins');

  const submit = (event: Event) => {
    event.preventDefault();
    const fromStreet = rules.streets.find((s) => s.street === street);
    if (fromStreet) return onSave(scheduleFromStreet(rules, fromStreet));
    setTried(true);
    if (result.ok) return onSave(result.schedule);
    const field = errors.weekday ? 'bins-day' : 'bins-slot';
    form.current?.querySelector<HTMLInputElement>(`input[name="${field}"]:checked, input[name="${field}"]`)?.focus();
  };

  return (
    <form ref={form} class="stack bins-setup" onSubmit={submit} noValidate aria-labelledby="bins-setup-heading">
      <h2 id="bins-setup-heading">{t('setup.heading')}</h2>
      <p>{t('setup.help')}</p>
      {rules.streets.length > 0 && (
        <label class="bins-field">
          <span>{t('setup.street')}</span>
          <select value={street} onChange={(e) => setStreet(e.currentTarget.value)}>
            <option value="">{t('setup.streetNone')}</option>
            {rules.streets.map((s) => (
              <option key={s.street} value={s.street}>
                {s.street}
              </option>
            ))}
          </select>
        </label>
      )}
      {!street && (
        <>
          <fieldset class="bins-fieldset" aria-describedby="bins-day-error">
            <legend>{t('setup.day')}</legend>
            <div class="bins-options">
              {WEEKDAYS.map((d) => (
                <label key={d} class="bins-option">
                  <input type="radio" name="bins-day" value={d} checked={weekday === d} onChange={() => setWeekday(d)} />
                  <span>{formatWeekday(d, t)}</span>
                </label>
              ))}
            </div>
            <p id="bins-day-error" class="bins-error" aria-live="polite">
              {dayError === 'missing' && t('error.dayMissing')}
              {dayError === 'not-collected' && weekday !== null && rules.collectionDays && (
                <Phrase
                  t={t}
                  k="error.dayNotCollected"
                  values={{ day: { text: formatWeekday(weekday, t) }, days: { text: formatWeekdays(rules.collectionDays.days, t) } }}
                />
              )}
            </p>
          </fieldset>
          {rules.pattern.rotation.length > 0 && (
            <fieldset class="bins-fieldset" aria-describedby="bins-slot-hint bins-slot-error">
              <legend>
                {dayOk ? (
                  <Phrase
                    t={t}
                    k="setup.slotOn"
                    values={{ date: { text: formatCollectionDay(anchorFor(weekday, today), t, Number(today.slice(0, 4))) } }}
                  />
                ) : (
                  t('setup.slotThisWeek')
                )}
              </legend>
              <p id="bins-slot-hint">{t('setup.slotHint')}</p>
              <div class="bins-options bins-options-wide">
                {rules.pattern.rotation.map((s) => (
                  <label key={s.id} class="bins-option">
                    <input type="radio" name="bins-slot" value={s.id} checked={slot === s.id} onChange={() => setSlot(s.id)} />
                    {s.containers.map((id) => (
                      <BinPicture key={id} container={rules.containers.find((c) => c.id === id)!} size={36} />
                    ))}
                    <span {...slotWords.langOf(`slot.${area}.${s.id}`)}>{slotWords.t(`slot.${area}.${s.id}`)}</span>
                  </label>
                ))}
                <label class="bins-option">
                  <input
                    type="radio"
                    name="bins-slot"
                    value={UNKNOWN_SLOT}
                    checked={slot === UNKNOWN_SLOT}
                    onChange={() => setSlot(UNKNOWN_SLOT)}
                  />
                  <span>{t('setup.dontKnow')}</span>
                </label>
              </div>
              {slot === UNKNOWN_SLOT && (
                <div class="notice bins-unknown">
                  <p>{t('setup.dontKnowHelp')}</p>
                  <PhoneLink phone={rules.contact} label={t('contact.call')} />
                </div>
              )}
              <p id="bins-slot-error" class="bins-error" aria-live="polite">
                {slotError === 'missing' && t('error.slotMissing')}
                {slotError === 'unknown' && t('error.slotUnknown')}
              </p>
            </fieldset>
          )}
        </>
      )}
      <div class="bins-actions">
        <button type="submit" class="button">
          {t('setup.save')}
        </button>
        {onCancel && (
          <button type="button" class="button button-quiet" onClick={onCancel}>
            {t('setup.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

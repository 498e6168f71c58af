// The bins topic: set up the bin day once, see the next collections and add reminders; then the council's rules.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AreaId } from '../../../shared/areas';
import { areaContent, hasAreaContent } from '../../content/current-area';
import { useT } from '../../language/use-t';
import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';
import { BinContact } from './BinContact';
import { BinRules } from './BinRules';
import { BinSources } from './BinSources';
import { todayInLondon } from '../../language/dates';
import type { BinSchedule } from './schedule/next-collections';
import { otherAreasWithSchedule, readSavedSchedule, saveSchedule, type SavedSchedule } from './schedule/saved-schedule';
import { ScheduleSetup } from './schedule/ScheduleSetup';
import { encodeScheduleLink, scheduleFromSearch } from './schedule/schedule-link';
import { HelperToolbar } from '../../helper-tools/toolbar/HelperToolbar';
import { useLater } from '../../ui/use-later';
import './bins.css';

import { sayNamed } from '../../ui/say';

// Drawn only once this phone has bin days (saved, offered by a link, or being saved), never by the server.
const loadNext = () => import('./schedule/NextCollections').then((m) => m.NextCollections);
const loadCalendar = () => import('./calendar-file/CalendarDownload').then((m) => m.CalendarDownload);

const sameDays = (a: BinSchedule, b: BinSchedule | null) => !!b && a.anchor === b.anchor && a.slot === b.slot;

interface State {
  saved: SavedSchedule | null;
  schedule: BinSchedule | null;
  others: AreaId[];
  editing: boolean;
  /** bin days from a hand-over link, shown but saved only when the person taps */
  offered: BinSchedule | null;
  /** after a save: whether the phone kept it, and how many saves so far (to move focus each time) */
  kept?: boolean;
  saves: number;
}

export function BinsPage(props: TopicPageProps) {
  const { area } = props;
  const common = useT();
  const { t, ready } = useT('bins');
  const rules = hasAreaContent(area) ? areaContent(area).bins : undefined;
  const today = useMemo(() => todayInLondon(), []);
  // Drawn as for a first visit (the form) until storage is read, as the server draws it: a first visit never shifts.
  const [state, setState] = useState<State>({
    saved: { kind: 'none' },
    schedule: null,
    others: [],
    editing: false,
    offered: null,
    saves: 0,
  });
  const nextHeading = useRef<HTMLHeadingElement>(null);
  // Filling in the form starts fetching what shows the bin days, so it is here by the time they are saved.
  const [filling, setFilling] = useState(false);
  const shown = !!(state.schedule || state.offered);
  const NextCollections = useLater(loadNext, shown || filling);
  const CalendarDownload = useLater(loadCalendar, !!state.schedule);

  useEffect(() => {
    if (!rules) return;
    const saved = readSavedSchedule(rules);
    const schedule = saved.kind === 'ok' ? saved.schedule : null;
    const offered = scheduleFromSearch(rules, location.search);
    setState({
      saved,
      schedule,
      others: otherAreasWithSchedule(rules.area),
      editing: false,
      offered: offered && !sameDays(offered, schedule) ? offered : null,
      saves: 0,
    });
  }, [area]);

  // As soon as the saved days are drawn (their code may arrive after the tap), the heading above them takes focus.
  useLayoutEffect(() => {
    if (state.saves > 0) nextHeading.current?.focus();
  }, [state.saves, NextCollections]);

  if (!rules) return <ComingSoon {...props} />;
  const save = (schedule: BinSchedule) =>
    setState((s) => ({ ...s, schedule, editing: false, offered: null, kept: saveSchedule(schedule), saves: s.saves + 1 }));
  const { saved, schedule, offered } = state;
  const setup = saved !== null && !offered && (state.editing || !schedule);
  const otherArea = schedule || offered ? undefined : state.others[0];
  // Only a bin day this phone kept goes into the hand-over link.
  const handOverQuery = schedule && !offered && state.kept !== false ? encodeScheduleLink(schedule) : undefined;

  return (
    <section class="stack bins" onInput={() => setFilling(true)}>
      <h1>{common.t('topic.bins')}</h1>
      <HelperToolbar lang={props.lang} area={area} topic="bins" handOverQuery={handOverQuery} />
      {ready && (
        <>
          <p class="lead">{t('intro')}</p>
          {otherArea && (
            <p class="notice" role="status">
              {sayNamed(t, 'setup.otherArea', { area: common.t(`area.${otherArea}.name`) })}
            </p>
          )}
          {offered && (
            <>
              <p class="notice" role="status">
                {t('link.intro')}
              </p>
              {NextCollections && <NextCollections rules={rules} schedule={offered} today={today} />}
              <button type="button" class="button" onClick={() => save(offered)}>
                {t('link.save')}
              </button>
            </>
          )}
          {!schedule && !offered && saved?.kind === 'unusable' && (
            <p class="notice" role="status">
              {t('setup.resave')}
            </p>
          )}
          {setup && (
            <ScheduleSetup
              rules={rules}
              today={today}
              initial={schedule}
              onSave={save}
              onCancel={schedule ? () => setState((s) => ({ ...s, editing: false })) : undefined}
            />
          )}
          {schedule && !offered && !state.editing && (
            <>
              {state.kept !== undefined && (
                <p class={state.kept ? 'bins-saved' : 'notice'} role="status">
                  {state.kept ? t('setup.saved') : t('setup.notSaved')}
                </p>
              )}
              {NextCollections && <NextCollections rules={rules} schedule={schedule} today={today} headingRef={nextHeading} />}
              <button type="button" class="button button-quiet" onClick={() => setState((s) => ({ ...s, editing: true, kept: undefined }))}>
                {t('next.change')}
              </button>
              {CalendarDownload && <CalendarDownload rules={rules} schedule={schedule} today={today} />}
            </>
          )}
          <BinRules rules={rules} />
          <BinContact rules={rules} />
          <BinSources rules={rules} today={today} />
        </>
      )}
    </section>
  );
}

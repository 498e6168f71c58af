// The bins topic for the helper tools, in whatever language its scope speaks: the person's next bin days when
// they have set them on this phone, what goes in each bin, and who to call. One <section> per point.
import { useMemo } from 'preact/hooks';
import type { TopicBodyProps } from '../../content/topic-content';
import { areaContent, hasAreaContent } from '../../content/current-area';
import { todayInLondon } from '../../language/dates';
import { useT } from '../../language/use-t';
import { BinContact } from './BinContact';
import { BinRules } from './BinRules';
import { NextCollections } from './schedule/NextCollections';
import { readSavedSchedule } from './schedule/saved-schedule';
import './bins.css';

/** The bins page draws its own rules and schedule; this is the tools' copy, with the saved bin days first. */
export function BinsContent({ area, anchors = true }: TopicBodyProps) {
  const { ready } = useT('bins');
  const rules = hasAreaContent(area) ? areaContent(area).bins : undefined;
  const today = useMemo(() => todayInLondon(), []);
  const saved = useMemo(() => (rules ? readSavedSchedule(rules) : null), [rules]);
  if (!rules || !ready) return null;
  return (
    <div class="stack bins">
      {saved?.kind === 'ok' && <NextCollections rules={rules} schedule={saved.schedule} today={today} anchors={anchors} />}
      <BinRules rules={rules} anchors={anchors} points />
      <BinContact rules={rules} anchors={anchors} />
    </div>
  );
}

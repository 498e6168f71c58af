// The bins topic as a body the helper tools can use (side by side, show to person, leaflet, read aloud).
import { areaContent, hasAreaContent } from '../../content/current-area';
import type { TopicBody } from '../../content/topic-bodies';
import { i18n, loadNamespaceFile } from '../../language/i18n';

export async function loadBinsBody(): Promise<TopicBody> {
  const [{ BinsContent }, { binPoints }, strings] = await Promise.all([
    import('./BinsContent'),
    import('./bins-points'),
    loadNamespaceFile('en', 'bins'),
    // English values (litres, dates) for the read-aloud lines need the English words loaded.
    i18n.loadLanguages('en').then(() => i18n.loadNamespaces(['bins', 'dates'])),
  ]);
  const t = i18n.getFixedT('en', 'bins');
  return {
    Body: BinsContent,
    ns: 'bins',
    points: (area) => {
      const rules = hasAreaContent(area) ? areaContent(area).bins : undefined;
      return rules ? binPoints(rules, strings, t) : [];
    },
  };
}

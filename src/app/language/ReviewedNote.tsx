// Loaded after first paint: "checked by a fluent speaker" on a page whose strings a fluent speaker all reviewed.
import type { ComponentType } from 'preact';
import { Icon } from '../ui/Icon';
import { loadTranslationStatus } from './translation-status';
import { useT } from './use-t';

/** The namespaces a topic page's words come from: its own, and the frame, toolbar and sources every page shares. */
const SHARED = ['common', 'dates', 'content', 'helpers'];
const TOPIC_NAMESPACE: Record<string, string> = {
  gp: 'health',
  bins: 'bins',
  esol: 'esol',
  schools: 'schools',
  'migrant-help': 'contacts',
  money: 'money',
  accessibility: 'accessibility',
  report: 'report',
  search: 'search',
  decision: 'decision',
  'legal-help': 'legal',
  complaints: 'complaints',
  'staying-safe': 'safety-topic',
  mind: 'mind',
  food: 'food',
  words: 'words',
};

function ReviewedNote() {
  const { t } = useT('helpers');
  return (
    <p class="machine-note reviewed-note">
      <Icon name="checklist" size={18} /> {t('review.checked')}
    </p>
  );
}

/** The note for `/<lng>/<area>/<topic>` when every string of that page is reviewed in `lng`, or null. */
export async function reviewedNoteFor(lng: string, path: string): Promise<ComponentType | null> {
  const status = await loadTranslationStatus(lng);
  const ns = TOPIC_NAMESPACE[path.split('/')[3] ?? ''];
  return ns && [...SHARED, ns].every((n) => status.reviewed.includes(n)) ? ReviewedNote : null;
}

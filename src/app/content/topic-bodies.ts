// Topic id → its body, loaded on demand, so other features (helper tools, leaflets) can render any topic's
// words in any language. Points list each section's sentences in reading order for "show to person".
import type { ComponentType } from 'preact';
import type { AreaId } from '../../shared/areas';
import { isAreaId } from '../../shared/areas';
import { loadNamespaceFile } from '../language/i18n';
import { sectionIds, sectionKeys, type Strings } from './section-strings';
import type { TopicBodyProps, TopicContent } from './topic-content';
import { findTopicContent } from './topic-contents';

export interface TopicPoint {
  id: string;
  heading: string;
  text: readonly string[];
  values?: Readonly<Record<string, string>>;
}

export interface TopicBody {
  Body: ComponentType<TopicBodyProps>;
  ns: string;
  points: (area: string) => readonly TopicPoint[];
}

/** One point per section: its title key, then every sentence key for that area. */
export function pointsOf(strings: Strings, content: TopicContent, area: AreaId): TopicPoint[] {
  const values = content.values(area);
  return sectionIds(strings).map((id) => ({
    id,
    heading: `${id}.title`,
    text: sectionKeys(strings, id, area).filter((k) => k !== `${id}.title`),
    values,
  }));
}

function bodyOf(topic: string, load: () => Promise<ComponentType<TopicBodyProps>>): () => Promise<TopicBody> {
  return async () => {
    const content = findTopicContent(topic)!;
    const [Body, strings] = await Promise.all([load(), loadNamespaceFile('en', content.ns)]);
    return { Body, ns: content.ns, points: (area) => (isAreaId(area) ? pointsOf(strings, content, area) : []) };
  };
}

export const TOPIC_BODIES: Readonly<Record<string, () => Promise<TopicBody>>> = {
  gp: bodyOf('gp', () => import('../topics/gp/GpContent').then((m) => m.GpContent)),
  esol: bodyOf('esol', () => import('../topics/esol/EsolContent').then((m) => m.EsolContent)),
  schools: bodyOf('schools', () => import('../topics/schools/SchoolsContent').then((m) => m.SchoolsContent)),
  'migrant-help': bodyOf('migrant-help', () => import('../topics/migrant-help/MigrantHelpContent').then((m) => m.MigrantHelpContent)),
  money: bodyOf('money', () => import('../topics/money/MoneyContent').then((m) => m.MoneyContent)),
  words: bodyOf('words', () => import('../topics/words/WordsContent').then((m) => m.WordsContent)),
  'staying-safe': bodyOf('staying-safe', () => import('../topics/staying-safe/StayingSafeContent').then((m) => m.StayingSafeContent)),
  mind: bodyOf('mind', () => import('../topics/mind/MindContent').then((m) => m.MindContent)),
  food: bodyOf('food', () => import('../topics/food/FoodContent').then((m) => m.FoodContent)),
  decision: bodyOf('decision', () => import('../topics/decision/DecisionContent').then((m) => m.DecisionContent)),
  'legal-help': bodyOf('legal-help', () => import('../topics/legal-help/LegalHelpContent').then((m) => m.LegalHelpContent)),
  complaints: bodyOf('complaints', () => import('../topics/complaints/ComplaintsContent').then((m) => m.ComplaintsContent)),
  // Bins has its own rules data, not a TopicContent: its body and points come from its folder.
  bins: () => import('../topics/bins/bins-body').then((m) => m.loadBinsBody()),
};

// Topic id → its body, loaded on demand, so other features (helper tools, leaflets) can render any topic's
// words in any language. Points list each section's sentences in reading order for "show to person".
import type { ComponentType } from 'preact';
import type { AreaId } from '../../shared/areas';
import { isAreaId } from '../../shared/areas';
import { loadNamespaceFile } from '../language/i18n';
import { CONTACTS, ESOL, HEALTH, MONEY, SCHOOLS } from './pack-topics';
import { sectionIds, sectionKeys, type Strings } from './section-strings';
import type { TopicBodyProps, TopicContent } from './topic-content';

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

// Each topic loads its own content and body only (the pack topics are in the topic pages' chunk already): a topic page's helper tools never pull in every other topic's facts.
function bodyOf(content: () => Promise<TopicContent>, load: () => Promise<ComponentType<TopicBodyProps>>): () => Promise<TopicBody> {
  return async () => {
    const [c, Body] = await Promise.all([content(), load()]);
    const strings = await loadNamespaceFile('en', c.ns);
    return { Body, ns: c.ns, points: (area) => (isAreaId(area) ? pointsOf(strings, c, area) : []) };
  };
}

export const TOPIC_BODIES: Readonly<Record<string, () => Promise<TopicBody>>> = {
  gp: bodyOf(
    async () => HEALTH,
    () => import('../topics/gp/GpContent').then((m) => m.GpContent),
  ),
  esol: bodyOf(
    async () => ESOL,
    () => import('../topics/esol/EsolContent').then((m) => m.EsolContent),
  ),
  schools: bodyOf(
    async () => SCHOOLS,
    () => import('../topics/schools/SchoolsContent').then((m) => m.SchoolsContent),
  ),
  'migrant-help': bodyOf(
    async () => CONTACTS,
    () => import('../topics/migrant-help/MigrantHelpContent').then((m) => m.MigrantHelpContent),
  ),
  money: bodyOf(
    async () => MONEY,
    () => import('../topics/money/MoneyContent').then((m) => m.MoneyContent),
  ),
  words: bodyOf(
    () => import('./words').then((m) => m.WORDS),
    () => import('../topics/words/WordsContent').then((m) => m.WordsContent),
  ),
  'staying-safe': bodyOf(
    () => import('./staying-safe').then((m) => m.STAYING_SAFE),
    () => import('../topics/staying-safe/StayingSafeContent').then((m) => m.StayingSafeContent),
  ),
  mind: bodyOf(
    () => import('./mind').then((m) => m.MIND),
    () => import('../topics/mind/MindContent').then((m) => m.MindContent),
  ),
  food: bodyOf(
    () => import('./food').then((m) => m.FOOD),
    () => import('../topics/food/FoodContent').then((m) => m.FoodContent),
  ),
  decision: bodyOf(
    () => import('./decision').then((m) => m.DECISION),
    () => import('../topics/decision/DecisionContent').then((m) => m.DecisionContent),
  ),
  'legal-help': bodyOf(
    () => import('./legal-help').then((m) => m.LEGAL_HELP),
    () => import('../topics/legal-help/LegalHelpContent').then((m) => m.LegalHelpContent),
  ),
  complaints: bodyOf(
    () => import('./complaints').then((m) => m.COMPLAINTS),
    () => import('../topics/complaints/ComplaintsContent').then((m) => m.ComplaintsContent),
  ),
  // Bins has its own rules data, not a TopicContent: its body and points come from its folder.
  bins: () => import('../topics/bins/bins-body').then((m) => m.loadBinsBody()),
};

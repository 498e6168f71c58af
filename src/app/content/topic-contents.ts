// Every topic's content, in home-screen order (bins has its own folder). The arrival topics read their sections and
// values from the area's pack; the topics added since keep their facts in their own modules.
import { COMPLAINTS } from './complaints';
import { DECISION } from './decision';
import { FOOD } from './food';
import { LEGAL_HELP } from './legal-help';
import { MIND } from './mind';
import { CONTACTS, ESOL, HEALTH, MONEY, SCHOOLS } from './pack-topics';
import { STAYING_SAFE } from './staying-safe';
import type { TopicContent } from './topic-content';
import { WORDS } from './words';

export const TOPIC_CONTENTS: readonly TopicContent[] = [
  HEALTH,
  ESOL,
  SCHOOLS,
  CONTACTS,
  MONEY,
  DECISION,
  LEGAL_HELP,
  COMPLAINTS,
  STAYING_SAFE,
  MIND,
  FOOD,
  WORDS,
];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

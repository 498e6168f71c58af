// Every topic's content, in home-screen order (bins has its own folder): each reads its sections and values from the area's pack.
import { COMPLAINTS, CONTACTS, DECISION, ESOL, FOOD, HEALTH, LEGAL_HELP, MIND, MONEY, SCHOOLS, STAYING_SAFE, WORDS } from './pack-topics';
import type { TopicContent } from './topic-content';

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

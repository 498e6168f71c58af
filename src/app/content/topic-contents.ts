// Every topic whose sections and values come from the area's pack, in home-screen order (bins has its own folder).
import { CONTACTS, ESOL, HEALTH, MONEY, SCHOOLS } from './pack-topics';
import type { TopicContent } from './topic-content';

export const TOPIC_CONTENTS: readonly TopicContent[] = [HEALTH, ESOL, SCHOOLS, CONTACTS, MONEY];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

// Every topic whose words and facts this folder holds, in home-screen order (bins has its own folder).
import { CONTACTS } from './contacts';
import { ESOL } from './esol';
import { FOOD } from './food';
import { HEALTH } from './health';
import { MIND } from './mind';
import { MONEY } from './money';
import { SCHOOLS } from './schools';
import { STAYING_SAFE } from './staying-safe';
import type { TopicContent } from './topic-content';
import { WORDS } from './words';

export const TOPIC_CONTENTS: readonly TopicContent[] = [HEALTH, ESOL, SCHOOLS, CONTACTS, MONEY, STAYING_SAFE, MIND, FOOD, WORDS];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

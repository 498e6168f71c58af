// Every topic whose words and facts this folder holds, in home-screen order (bins has its own folder).
import { CONTACTS } from './contacts';
import { ESOL } from './esol';
import { HEALTH } from './health';
import { MONEY } from './money';
import { SCHOOLS } from './schools';
import type { TopicContent } from './topic-content';
import { WORDS } from './words';

export const TOPIC_CONTENTS: readonly TopicContent[] = [HEALTH, ESOL, SCHOOLS, CONTACTS, MONEY, WORDS];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

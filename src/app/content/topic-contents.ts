// Every topic whose words and facts this folder holds, in home-screen order (bins has its own folder).
import { COMPLAINTS } from './complaints';
import { CONTACTS } from './contacts';
import { DECISION } from './decision';
import { ESOL } from './esol';
import { FOOD } from './food';
import { HEALTH } from './health';
import { MIND } from './mind';
import { LEGAL_HELP } from './legal-help';
import { MONEY } from './money';
import { SCHOOLS } from './schools';
import { STAYING_SAFE } from './staying-safe';
import type { TopicContent } from './topic-content';
import { WORDS } from './words';

export const TOPIC_CONTENTS: readonly TopicContent[] = [HEALTH, ESOL, SCHOOLS, CONTACTS, MONEY, DECISION, LEGAL_HELP, COMPLAINTS, STAYING_SAFE, MIND, FOOD, WORDS];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

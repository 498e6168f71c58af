// Every topic whose words and facts this folder holds, in home-screen order (bins has its own folder).
import { COMPLAINTS } from './complaints';
import { CONTACTS } from './contacts';
import { DECISION } from './decision';
import { ESOL } from './esol';
import { HEALTH } from './health';
import { LEGAL_HELP } from './legal-help';
import { MONEY } from './money';
import { SCHOOLS } from './schools';
import type { TopicContent } from './topic-content';

export const TOPIC_CONTENTS: readonly TopicContent[] = [HEALTH, ESOL, SCHOOLS, CONTACTS, MONEY, DECISION, LEGAL_HELP, COMPLAINTS];

export function findTopicContent(topic: string): TopicContent | undefined {
  return TOPIC_CONTENTS.find((c) => c.topic === topic);
}

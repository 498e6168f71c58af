// The topics whose sections and values come from the area's pack; which sentence a value counts stays here with the words.
import { areaContent } from './current-area';
import type { TopicContent } from './topic-content';

function packTopic(topic: string, ns: string, counts?: Readonly<Record<string, string>>): TopicContent {
  return {
    topic,
    ns,
    ...(counts ? { counts } : {}),
    sections: (area) => areaContent(area).topics[topic]?.sections ?? [],
    values: (area) => areaContent(area).topics[topic]?.values ?? {},
  };
}

export const HEALTH = packTopic('gp', 'health', {
  'register.emergency': 'emergencyDays',
  'interpreter.ahead': 'bookHours',
  'hc2.arrive': 'hc2Days',
  'hc2.refundTime': 'refundMonths',
});
export const ESOL = packTopic('esol', 'esol', { 'eligible.wait': 'waitMonths' });
export const SCHOOLS = packTopic('schools', 'schools');
export const CONTACTS = packTopic('migrant-help', 'contacts', { 'appeals.deadline': 'appealDays' });
export const MONEY = packTopic('money', 'money', { 'extra.baby': 'babyAge', 'extra.maternity': 'maternityWeeks' });

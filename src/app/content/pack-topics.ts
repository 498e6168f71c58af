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
// The topics moved later (the national pack has them for every area; seed areas have their own complaints, safety, food).
export const DECISION = packTopic('decision', 'decision', {
  'granted.moveOn': 'moveOn',
  'granted.longer': 'longer',
  'refused.mh21': 'mhEnds',
  'choices.appeal': 'appealDays',
  'choices.supportAppeal': 'supportAppealDays',
});
export const LEGAL_HELP = packTopic('legal-help', 'legal', { 'support.deadline': 'appealDays' });
export const COMPLAINTS = packTopic('complaints', 'complaints', { 'homeOffice.reply': 'replyDays', 'homeOffice.within': 'withinMonths' });
export const STAYING_SAFE = packTopic('staying-safe', 'safety-topic');
export const MIND = packTopic('mind', 'mind');
export const FOOD = packTopic('food', 'food');
export const WORDS = packTopic('words', 'words');

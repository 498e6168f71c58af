// Plain English labels for what a report's answers hold ("Room: Kitchen", not "room kitchen"), from the
// app's own English words, so staff read what the person chose in the words the person saw in English.
import english from '../../../locales/en/report.json';
import { humanise } from './labels';

const FIELD_LABELS: Record<string, string> = {
  room: 'Room',
  problem: 'Problem',
  since: 'Since',
  access: 'When someone can come in',
  when: 'When it happened',
  where: 'Where it happened',
  ongoing: 'Still happening',
  service: 'Service',
  place: 'Place',
  childAge: 'Age of the child',
  school: 'School',
  help: 'Help needed',
  method: 'Contact by',
  name: 'Name',
  phone: 'Phone number',
  volunteer: 'Volunteer',
  language: 'Language to speak',
  gender: 'Wants to be contacted by',
  interpreter: 'Needs an interpreter',
  worker: 'Worker',
  organisation: 'Organisation',
  personConsented: 'The person agreed',
};

const words = english as unknown as { option: Record<string, string>; contact: Record<string, string> };

export function fieldLabel(name: string): string {
  const label = FIELD_LABELS[name] ?? humanise(name);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The English words for a chosen answer: options by their code, contact methods and genders by theirs. */
export function answerLabel(field: string, value: string): string {
  if (field === 'method' || field === 'gender') return words.contact[value] ?? value;
  return words.option[value] ?? value;
}

/** Fields whose value was picked from a list (everything else is what the person typed). */
export const CHOSEN_FIELDS: ReadonlySet<string> = new Set(['room', 'problem', 'ongoing', 'service', 'method', 'gender', 'interpreter']);

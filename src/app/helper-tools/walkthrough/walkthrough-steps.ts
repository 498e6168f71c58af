// The first café session or home visit, step by step. Each step opens the topic page that explains it.
import type { IconName } from '../../ui/Icon';

export interface WalkthroughStep {
  id: string;
  /** topic id of the page the step opens */
  topic: string;
  icon: IconName;
}

export const WALKTHROUGH_STEPS: readonly WalkthroughStep[] = [
  { id: 'gp', topic: 'gp', icon: 'health' },
  { id: 'bins', topic: 'bins', icon: 'bin' },
  { id: 'migrantHelp', topic: 'migrant-help', icon: 'phone' },
  { id: 'esol', topic: 'esol', icon: 'book' },
  { id: 'schools', topic: 'schools', icon: 'school' },
  { id: 'report', topic: 'report', icon: 'flag' },
];

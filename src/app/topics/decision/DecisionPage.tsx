import { isAreaId } from '../../../shared/areas';
import { DECISION } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { DecisionContent } from './DecisionContent';

export function DecisionPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={DECISION} Body={DecisionContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { COMPLAINTS } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { ComplaintsContent } from './ComplaintsContent';

export function ComplaintsPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={COMPLAINTS} Body={ComplaintsContent} lang={lang} area={area} />;
}

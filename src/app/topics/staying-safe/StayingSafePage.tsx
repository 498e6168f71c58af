import { isAreaId } from '../../../shared/areas';
import { STAYING_SAFE } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { StayingSafeContent } from './StayingSafeContent';

export function StayingSafePage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={STAYING_SAFE} Body={StayingSafeContent} lang={lang} area={area} />;
}

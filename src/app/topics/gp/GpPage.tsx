import { isAreaId } from '../../../shared/areas';
import { HEALTH } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { GpContent } from './GpContent';

export function GpPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={HEALTH} Body={GpContent} lang={lang} area={area} />;
}

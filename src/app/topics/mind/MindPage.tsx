import { isAreaId } from '../../../shared/areas';
import { MIND } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { MindContent } from './MindContent';

export function MindPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={MIND} Body={MindContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { FOOD } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { FoodContent } from './FoodContent';

export function FoodPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={FOOD} Body={FoodContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { MONEY } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { MoneyContent } from './MoneyContent';

export function MoneyPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={MONEY} Body={MoneyContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { ESOL } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { EsolContent } from './EsolContent';

export function EsolPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={ESOL} Body={EsolContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { SCHOOLS } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { SchoolsContent } from './SchoolsContent';

export function SchoolsPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={SCHOOLS} Body={SchoolsContent} lang={lang} area={area} />;
}

import { isAreaId } from '../../../shared/areas';
import { CONTACTS } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { MigrantHelpContent } from './MigrantHelpContent';

export function MigrantHelpPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={CONTACTS} Body={MigrantHelpContent} lang={lang} area={area} />;
}

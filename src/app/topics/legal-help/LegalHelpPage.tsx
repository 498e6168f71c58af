import { isAreaId } from '../../../shared/areas';
import { LEGAL_HELP } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { LegalHelpContent } from './LegalHelpContent';

export function LegalHelpPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={LEGAL_HELP} Body={LegalHelpContent} lang={lang} area={area} />;
}

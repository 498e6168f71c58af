import { isAreaId } from '../../../shared/areas';
import { WORDS } from '../../content/pack-topics';
import { TopicFrame } from '../../ui/TopicFrame';
import type { TopicPageProps } from '../topics';
import { WordsContent } from './WordsContent';

export function WordsPage({ lang, area }: TopicPageProps) {
  if (!isAreaId(area)) return null;
  return <TopicFrame content={WORDS} Body={WordsContent} lang={lang} area={area} />;
}

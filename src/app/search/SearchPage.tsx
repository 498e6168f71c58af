import { ComingSoon } from '../topics/ComingSoon';
import type { TopicPageProps } from '../topics/topics';

export function SearchPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

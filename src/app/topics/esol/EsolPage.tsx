import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function EsolPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

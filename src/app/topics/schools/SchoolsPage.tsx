import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function SchoolsPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function MigrantHelpPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

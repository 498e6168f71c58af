import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function BinsPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

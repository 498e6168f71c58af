import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function GpPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

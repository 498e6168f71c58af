import { ComingSoon } from '../topics/ComingSoon';
import type { TopicPageProps } from '../topics/topics';

export function ReportPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

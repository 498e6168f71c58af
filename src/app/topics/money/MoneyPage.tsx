import { ComingSoon } from '../ComingSoon';
import type { TopicPageProps } from '../topics';

export function MoneyPage(props: TopicPageProps) {
  return <ComingSoon {...props} />;
}

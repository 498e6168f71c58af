import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';
import { findTopic, type TopicPageProps } from './topics';

/** Honest page for a topic that is not written yet: says so in the person's language. */
export function ComingSoon({ lang, area, topic }: TopicPageProps) {
  const { t } = useT();
  return (
    <section class="stack">
      <h1>{t(findTopic(topic)?.label ?? 'nav.home')}</h1>
      <p class="notice" role="status">
        <Icon name="info" /> {t('comingSoon.text')}
      </p>
      <a class="button" href={`/${lang}/${area}/`}>
        <Icon name="home" /> {t('nav.home')}
      </a>
    </section>
  );
}

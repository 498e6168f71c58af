import type { ComponentChildren } from 'preact';
import { BUILD_ID } from '../../build-info';
import { useT } from '../../language/use-t';
import { areaHref } from '../../routing/paths';
import { Icon } from '../../ui/Icon';
import type { TopicPageProps } from '../topics';

const WORKS = ['screenReader', 'keyboard', 'zoom', 'smallScreen', 'rtl', 'colours', 'motion', 'offline'] as const;
const GAPS = ['testing', 'readAloud'] as const;

/** A section whose heading names it, so screen-reader users can jump between parts of the statement. */
function Part({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** The accessibility statement: what works, what does not yet, and how to report a barrier. */
export function AccessibilityPage({ lang, area }: TopicPageProps) {
  const common = useT();
  const { t, ready } = useT('accessibility');
  return (
    <section class="stack">
      <h1>{common.t('topic.accessibility')}</h1>
      {ready && (
        <>
          <p class="lead">{t('intro')}</p>
          <Part id="a11y-aim" heading={t('aim.heading')}>
            <p>{t('aim.text')}</p>
          </Part>
          <Part id="a11y-works" heading={t('works.heading')}>
            <ul>
              {WORKS.map((key) => (
                <li key={key}>{t(`works.${key}`)}</li>
              ))}
            </ul>
          </Part>
          <Part id="a11y-translation" heading={t('translation.heading')}>
            <p>{t('translation.machine')}</p>
            <p>{t('translation.english')}</p>
          </Part>
          <Part id="a11y-gaps" heading={t('gaps.heading')}>
            <ul>
              {GAPS.map((key) => (
                <li key={key}>{t(`gaps.${key}`)}</li>
              ))}
            </ul>
          </Part>
          <Part id="a11y-report" heading={t('report.heading')}>
            <p>{t('report.how')}</p>
            <a class="button" href={areaHref(lang, area, 'report')}>
              <Icon name="flag" /> {t('report.link')}
            </a>
          </Part>
          <p class="lead">
            {t('version')}: <bdi>{BUILD_ID}</bdi>
          </p>
        </>
      )}
    </section>
  );
}

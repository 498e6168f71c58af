import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getLanguage } from '../../shared/languages';
import type { AreaId } from '../../shared/areas';
import type { TopicBodyProps, TopicContent } from '../content/topic-content';
import { factsOf } from '../content/topic-content';
import { LanguageScope, useT } from '../language/use-t';
import { findTopic } from '../topics/topics';
import { Icon } from './Icon';
import { LastChecked } from './sources/LastChecked';
import { ShareButton } from './links/ShareButton';
import { SourceList } from './sources/SourceList';
import { sayWith } from './say';
import { TermLinks } from './TermLinks';
import { HelperToolbar } from '../helper-tools/toolbar/HelperToolbar';
import './content.css';

interface FrameProps {
  content: TopicContent;
  Body: ComponentType<TopicBodyProps>;
  lang: string;
  area: AreaId;
}

function Column({ content, Body, lang, area, anchors }: FrameProps & { anchors: boolean }) {
  const { t, ready } = useT(content.ns);
  if (!ready) return null;
  return (
    <>
      <p class="lead">{t('intro')}</p>
      <Body lang={lang} area={area} topic={content.topic} anchors={anchors} />
    </>
  );
}

/** A topic page: one h1, English beside on request, the body, when it was checked and where it comes from. */
export function TopicFrame(props: FrameProps) {
  const { content, area, lang } = props;
  const { t, ready, fallback, bcp47, dir } = useT(content.ns);
  const ui = useT('content');
  const common = useT();
  const [beside, setBeside] = useState(false);
  const english = getLanguage('en');
  const values = content.values(area);
  const say = sayWith(t, values, content.counts);
  const sections = content.sections(area);

  // A link to /<topic>#<section> arrives before the lazy page has drawn, so jump once the words are in.
  useEffect(() => {
    if (!ready || typeof location === 'undefined' || location.hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    (target?.querySelector<HTMLElement>('h2') ?? target)?.focus({ preventScroll: true });
  }, [ready]);

  return (
    <article class={`topic stack${beside ? ' beside-on' : ''}`} lang={fallback ? bcp47 : undefined} dir={fallback ? dir : undefined}>
      <h1>{ready ? say('title') : common.t(findTopic(content.topic)?.label ?? 'nav.home')}</h1>
      <div class="topic-tools">
        {lang !== 'en' && (
          <button type="button" class="button button-quiet" aria-pressed={beside} onClick={() => setBeside(!beside)}>
            <Icon name="columns" /> {ui.t(beside ? 'besideHide' : 'besideShow')}
          </button>
        )}
        <ShareButton data={() => ({ title: t('title'), url: location.href })} />
      </div>
      <HelperToolbar lang={lang} area={area} topic={content.topic} />
      <LastChecked facts={factsOf(content, area)} />
      <div class={beside ? 'beside' : undefined}>
        <div class="beside-column">
          <Column {...props} anchors />
        </div>
        {beside && (
          <LanguageScope lang="en">
            <div class="beside-column" role="region" aria-label={english.endonym} lang={english.bcp47} dir={english.dir}>
              <Column {...props} lang="en" anchors={false} />
            </div>
          </LanguageScope>
        )}
      </div>
      <TermLinks sections={sections} lang={lang} area={area} />
      {ready && <SourceList groups={sections.map((s) => ({ id: s.id, heading: String(t(`${s.id}.title`, values)), facts: s.facts }))} />}
    </article>
  );
}

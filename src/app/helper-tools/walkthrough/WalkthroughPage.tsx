import { useContext, useEffect, useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import type { TopicPageProps } from '../../topics/topics';
import { Icon } from '../../ui/Icon';
import { EnglishBeside } from '../topic-body/EnglishBeside';
import { HandOver } from '../hand-over/HandOver';
import { leafletHref } from '../toolbar/helper-links';
import { TopicBodiesContext } from '../topic-body/topic-body';
import { WalkthroughStepItem } from './WalkthroughStepItem';
import { WALKTHROUGH_STEPS } from './walkthrough-steps';
import { readTicks, toggleTick, writeTicks } from './walkthrough-ticks';
import '../toolbar/helpers.css';
import './walkthrough.css';

/** /<lang>/<area>/walkthrough: the first visit as a checklist; ticks stay on this phone, without names. */
export function WalkthroughPage({ lang, area }: TopicPageProps) {
  const { t } = useT('helpers');
  const bodies = useContext(TopicBodiesContext);
  // Drawn untouched, as the server draws it, then the ticks kept on this phone: hydration does not patch a checkbox's state.
  const [ticks, setTicks] = useState<string[]>([]);
  useEffect(() => setTicks(readTicks()), []);
  const [cleared, setCleared] = useState(false);
  const update = (next: string[]) => {
    writeTicks(next);
    setTicks(next);
    setCleared(false);
  };
  const reset = () => {
    update([]);
    setCleared(true);
  };
  const packTopics = ['checklist', ...WALKTHROUGH_STEPS.map((s) => s.topic).filter((id) => bodies[id])];
  return (
    <section class="stack walkthrough">
      <h1>
        <Icon name="checklist" size={28} /> {t('walkthrough.title')}
        <EnglishBeside lang={lang} k="walkthrough.title" />
      </h1>
      <p class="lead">{t('walkthrough.intro')}</p>
      <p class="notice">
        <Icon name="info" /> {t('walkthrough.privacy')}
      </p>
      <p role="status" aria-live="polite" class="walkthrough-progress">
        {cleared ? t('walkthrough.resetDone') : t('walkthrough.progress', { done: ticks.length, total: WALKTHROUGH_STEPS.length })}
      </p>
      <ol class="walkthrough-steps" role="list">
        {WALKTHROUGH_STEPS.map((step) => (
          <WalkthroughStepItem
            key={step.id}
            step={step}
            lang={lang}
            area={area}
            done={ticks.includes(step.id)}
            canShow={bodies[step.topic] !== undefined}
            onToggle={() => update(toggleTick(ticks, step.id))}
          />
        ))}
      </ol>
      <h2>{t('walkthrough.tools')}</h2>
      <div class="helper-toolbar">
        <HandOver lang={lang} area={area} />
        <a class="button button-quiet" href={leafletHref(lang, area, packTopics, 'en')}>
          <Icon name="print" /> {t('walkthrough.printPack')}
        </a>
        <button type="button" class="button button-quiet" onClick={reset}>
          <Icon name="update" /> {t('walkthrough.reset')}
        </button>
      </div>
    </section>
  );
}

import { useT } from '../../language/use-t';
import { factsOf } from '../../content/current-area';
import { areaHref } from '../../routing/paths';
import { Icon } from '../../ui/Icon';
import { EnglishBeside } from '../topic-body/EnglishBeside';
import { showHref } from '../toolbar/helper-links';
import { SaveContact } from '../contact/SaveContact';
import type { WalkthroughStep } from './walkthrough-steps';

interface Props {
  step: WalkthroughStep;
  lang: string;
  area: string;
  done: boolean;
  canShow: boolean;
  onToggle: () => void;
}

/** One step: a tick box, what to do, and the page that explains it. */
export function WalkthroughStepItem({ step, lang, area, done, canShow, onToggle }: Props) {
  const { t } = useT('helpers');
  const key = `walkthrough.steps.${step.id}`;
  const from = areaHref(lang, area, 'walkthrough');
  const F = factsOf(area);
  return (
    <li class="walkthrough-step" data-done={done}>
      <input type="checkbox" id={`step-${step.id}`} checked={done} onChange={onToggle} aria-describedby={`step-${step.id}-hint`} />
      <label for={`step-${step.id}`}>
        <Icon name={step.icon} /> {t(`${key}.label`)}
        <EnglishBeside lang={lang} k={`${key}.label`} />
      </label>
      <p id={`step-${step.id}-hint`}>{t(`${key}.hint`)}</p>
      <div class="walkthrough-links">
        <a class="button button-quiet" href={areaHref(lang, area, step.topic)}>
          {t('walkthrough.open')}
        </a>
        {step.id === 'migrantHelp' && <SaveContact name="Migrant Help" phone={F.phone('migrant-help')} />}
        {canShow && (
          <a class="button button-quiet" href={showHref(lang, area, step.topic, from)}>
            <Icon name="fullscreen" /> {t('tools.show')}
          </a>
        )}
      </div>
    </li>
  );
}

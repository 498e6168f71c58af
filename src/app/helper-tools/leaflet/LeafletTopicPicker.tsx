import { useT } from '../../language/use-t';
import { findTopic } from '../../topics/topics';
import { SecondLanguagePicker } from '../side-by-side/SecondLanguagePicker';

interface Props {
  choices: readonly string[];
  chosen: readonly string[];
  withLang: string;
  onChange: (next: { topics?: string[]; with?: string }) => void;
}

/** Tick boxes for what goes in the pack, and the language printed beside the person's. */
export function LeafletTopicPicker({ choices, chosen, withLang, onChange }: Props) {
  const { t } = useT('helpers');
  const common = useT();
  const toggle = (id: string) =>
    onChange({ topics: chosen.includes(id) ? chosen.filter((c) => c !== id) : choices.filter((c) => c === id || chosen.includes(c)) });
  return (
    <>
      <fieldset class="leaflet-choices">
        <legend>{t('leaflet.choose')}</legend>
        {choices.map((id) => (
          <label key={id} class="leaflet-choice">
            <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} />
            {id === 'checklist' ? t('leaflet.checklist') : common.t(findTopic(id)?.label ?? id)}
          </label>
        ))}
      </fieldset>
      <div class="helper-controls">
        <SecondLanguagePicker value={withLang} onChange={(lang) => onChange({ with: lang })} />
      </div>
    </>
  );
}

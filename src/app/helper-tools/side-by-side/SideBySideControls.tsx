import { useT } from '../../language/use-t';
import { findTopic } from '../../topics/topics';
import { SecondLanguagePicker } from './SecondLanguagePicker';

interface Props {
  topics: readonly string[];
  topic: string | undefined;
  withLang: string;
  onChange: (next: { topic?: string; with?: string }) => void;
}

/** Which topic, and which second language; changes apply at once and keep focus where it is. */
export function SideBySideControls({ topics, topic, withLang, onChange }: Props) {
  const { t } = useT('helpers');
  const common = useT();
  return (
    <div class="helper-controls">
      <label>
        <span>{t('common.topic')}</span>
        <select value={topic} onChange={(e) => onChange({ topic: e.currentTarget.value })}>
          {topics.map((id) => (
            <option key={id} value={id}>
              {common.t(findTopic(id)?.label ?? id)}
            </option>
          ))}
        </select>
      </label>
      <SecondLanguagePicker value={withLang} onChange={(lang) => onChange({ with: lang })} />
    </div>
  );
}

import { useLocation } from 'preact-iso';
import { getLanguage, type LanguageCode } from '../../shared/languages';
import { withLanguage } from '../routing/paths';
import { useT } from './use-t';
import { Icon } from '../ui/Icon';

/** Says plainly that a machine made this translation, with a one-tap way to English. */
export function MachineNote({ current }: { current: LanguageCode }) {
  const { t } = useT();
  const { url } = useLocation();
  if (getLanguage(current).reviewed) return null;
  return (
    <p class="machine-note">
      <Icon name="info" size={18} /> {t('language.machineMade')}{' '}
      <a href={withLanguage(url, 'en')} hrefLang="en">
        {t('language.showEnglish')}
      </a>
    </p>
  );
}

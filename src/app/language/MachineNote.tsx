import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getLanguage, type LanguageCode } from '../../shared/languages';
import { withLanguage } from '../routing/paths';
import { useT } from './use-t';
import { Icon } from '../ui/Icon';
import { FLAGGED } from 'virtual:translation-flags';

/** Says plainly that a machine made this translation, with a one-tap way to English; or that a fluent speaker checked this page. */
export function MachineNote({ current }: { current: LanguageCode }) {
  const { t } = useT();
  const { url, path } = useLocation();
  const [Reviewed, setReviewed] = useState<{ note: ComponentType | null }>({ note: null });
  useEffect(() => {
    if (!FLAGGED.split(' ').includes(current)) return;
    let live = true;
    // Lazy: also brings the language's out-of-date strings, which then show their English beside them.
    void import('./ReviewedNote')
      .then((m) => m.reviewedNoteFor(current, path))
      .then(
        (note) => live && setReviewed({ note }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [current, path]);
  if (getLanguage(current).reviewed) return null;
  if (Reviewed.note) return <Reviewed.note />;
  return (
    <p class="machine-note">
      <Icon name="info" size={18} /> {t('language.machineMade')}{' '}
      <a href={withLanguage(url, 'en')} hrefLang="en">
        {t('language.showEnglish')}
      </a>
    </p>
  );
}

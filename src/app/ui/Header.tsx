import { isAreaId } from '../../shared/areas';
import { areaName } from '../home/area-name';
import type { LanguageCode } from '../../shared/languages';
import { EnglishToggle } from '../language/EnglishToggle';
import { LanguageButton } from '../language/LanguageButton';
import { MachineNote } from '../language/MachineNote';
import { useT } from '../language/use-t';
import { Icon } from './Icon';

export function Header({ lang, area }: { lang: LanguageCode; area?: string | undefined }) {
  const { t } = useT();
  const home = isAreaId(area) ? `/${lang}/${area}/` : `/${lang}/`;
  return (
    <header class="site-header">
      <div class="bar">
        <a class="brand" href={home}>
          <Icon name="home" /> <span>{isAreaId(area) ? areaName(t, area) : 'Waymark'}</span>
          <span class="visually-hidden"> — {t('nav.home')}</span>
        </a>
        <div class="bar-actions">
          <LanguageButton current={lang} />
          <EnglishToggle current={lang} />
        </div>
      </div>
      <MachineNote current={lang} />
    </header>
  );
}

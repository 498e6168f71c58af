// Picture, icon and words for one container: "Brown bin: recycling". Used in the schedule, the setup and the rules.
import type { TFunction } from '../../language/translator';
import type { AreaId } from '../../../shared/areas';
import type { Container } from '../../content/bins/bin-rules';
import { areaWords } from '../../content/area-words';
import { BinPicture, ContentIconImage } from './BinPicture';

// A bin's name and purpose may be the area pack's English words (an area locales/ does not know yet).
export function containerName(t: TFunction, area: AreaId, id: string): string {
  return areaWords(t, area, 'bins').t(`container.${area}.${id}.name`);
}

export function containerText(t: TFunction, area: AreaId, id: string): string {
  const purpose = areaWords(t, area, 'bins').t(`container.${area}.${id}.purpose`);
  return t('next.container', { name: containerName(t, area, id), purpose });
}

export function ContainerLabel({ t, area, container }: { t: TFunction; area: AreaId; container: Container }) {
  return (
    <span class="bin-label">
      <BinPicture container={container} />
      <ContentIconImage icon={container.icon} />
      <span {...areaWords(t, area, 'bins').langOf(`container.${area}.${container.id}.name`)}>{containerText(t, area, container.id)}</span>
    </span>
  );
}

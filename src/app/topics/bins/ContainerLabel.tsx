// Picture, icon and words for one container: "Brown bin: recycling". Used in the schedule, the setup and the rules.
import type { TFunction } from 'i18next';
import type { AreaId } from '../../../shared/areas';
import type { Container } from '../../content/bins/bin-rules';
import { BinPicture, ContentIconImage } from './BinPicture';

export function containerName(t: TFunction, area: AreaId, id: string): string {
  return t(`container.${area}.${id}.name`);
}

export function containerText(t: TFunction, area: AreaId, id: string): string {
  return t('next.container', { name: containerName(t, area, id), purpose: t(`container.${area}.${id}.purpose`) });
}

export function ContainerLabel({ t, area, container }: { t: TFunction; area: AreaId; container: Container }) {
  return (
    <span class="bin-label">
      <BinPicture container={container} />
      <ContentIconImage icon={container.icon} />
      <span>{containerText(t, area, container.id)}</span>
    </span>
  );
}

// An area's name: translated where locales/ has it, else the name its pack gives (a proper noun).
import type { TFunction } from 'i18next';
import { areaContent, hasAreaContent } from '../content/current-area';

export function areaName(t: TFunction, area: string): string {
  return t(`area.${area}.name`, { defaultValue: hasAreaContent(area) ? areaContent(area).name : area });
}

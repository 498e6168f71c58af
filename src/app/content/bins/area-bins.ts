// Which council's bin rules apply in an area.
import { isAreaId } from '../../../shared/areas';
import type { AreaBinRules } from './bin-rules';
import { SEFTON_BINS } from './sefton-bins';
import { STOCKTON_BINS } from './stockton-bins';

export const AREA_BINS = { sefton: SEFTON_BINS, stockton: STOCKTON_BINS } as const;

export function binRulesFor(area: string): AreaBinRules | undefined {
  return isAreaId(area) ? (AREA_BINS as Readonly<Record<string, AreaBinRules>>)[area] : undefined;
}

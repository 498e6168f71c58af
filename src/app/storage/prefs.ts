// Remembered choices. localStorage may throw (private mode, blocked storage) or hold junk: never trust it.
import { isAreaId, type AreaId } from '../../shared/areas';
import { isLanguageCode, type LanguageCode } from '../../shared/languages';

const LANG_KEY = 'waymark.lang';
const AREA_KEY = 'waymark.area';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage is best-effort: the URL still carries language and area.
  }
}

export function savedLanguage(): LanguageCode | undefined {
  const v = read(LANG_KEY);
  return isLanguageCode(v) ? v : undefined;
}

export function savedArea(): AreaId | undefined {
  const v = read(AREA_KEY);
  return isAreaId(v) ? v : undefined;
}

export function saveLanguage(code: LanguageCode): void {
  write(LANG_KEY, code);
}

export function saveArea(id: AreaId): void {
  write(AREA_KEY, id);
}

export function forgetChoices(): void {
  write(LANG_KEY, null);
  write(AREA_KEY, null);
}

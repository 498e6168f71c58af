// Remembered choices. What is stored may be junk: only a known language or area counts.
import { isAreaId, type AreaId } from '../../shared/areas';
import { isLanguageCode, type LanguageCode } from '../../shared/languages';
import { readStored, STORED_KEYS, writeStored } from './local-store';

export function savedLanguage(): LanguageCode | undefined {
  const v = readStored(STORED_KEYS.language);
  return isLanguageCode(v) ? v : undefined;
}

export function savedArea(): AreaId | undefined {
  const v = readStored(STORED_KEYS.area);
  return isAreaId(v) ? v : undefined;
}

// Storage is best-effort: the URL still carries language and area.
export function saveLanguage(code: LanguageCode): void {
  writeStored(STORED_KEYS.language, code);
}

export function saveArea(id: AreaId): void {
  writeStored(STORED_KEYS.area, id);
}

export function forgetChoices(): void {
  writeStored(STORED_KEYS.language, null);
  writeStored(STORED_KEYS.area, null);
}

// Reports may wait on a phone for weeks while the app updates. Each outbox item records the schema version
// its payload was written in; before sending, old payloads are upgraded step by step to the current one.
import { REPORT_SCHEMA_VERSION } from '../../../shared/report';

type Payload = Record<string, unknown>;

/**
 * v0: the pre-release outbox format (flat contact fields, `lang`, `created`, `text`, consent "yes").
 * Kept, with its fixture, as the worked example every later upgrade follows.
 */
function v0ToV1(old: Payload): Payload {
  const contact: Payload = { method: old.contactMethod ?? 'none' };
  if (typeof old.name === 'string' && old.name.trim()) contact.name = old.name;
  if (typeof old.phone === 'string' && old.phone.trim()) contact.phone = old.phone;
  if (typeof old.preferredLanguage === 'string') contact.language = old.preferredLanguage;
  const next: Payload = {
    schemaVersion: 1,
    id: old.id,
    area: old.area,
    category: old.category,
    language: old.lang,
    createdAt: old.created,
    description: old.text,
    details: old.details ?? {},
    contact,
    consent: old.consent === 'yes' || old.consent === true,
  };
  if (Array.isArray(old.photos) && old.photos.length) next.photos = old.photos;
  return next;
}

/** UPGRADES[n] turns a version-n payload into version n+1. */
const UPGRADES: Record<number, (old: Payload) => Payload> = { 0: v0ToV1 };

export type UpgradeResult = { ok: true; version: number; payload: unknown; changed: boolean } | { ok: false; reason: 'newer' | 'unknown' };

export function upgradePayload(payload: unknown, fromVersion: number, to: number = REPORT_SCHEMA_VERSION): UpgradeResult {
  // A payload from a newer app (the person went back a version) is kept untouched until that app returns.
  if (fromVersion > to) return { ok: false, reason: 'newer' };
  let current = payload as Payload;
  for (let v = fromVersion; v < to; v++) {
    const step = UPGRADES[v];
    if (!step || typeof current !== 'object' || current === null) return { ok: false, reason: 'unknown' };
    current = step(current);
  }
  return { ok: true, version: to, payload: current, changed: fromVersion !== to };
}

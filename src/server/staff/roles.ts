// Staff roles: caseworkers read the inbox, editors change the content of their areas, admins manage accounts.
import { knownAreas } from '../../shared/areas';

export const ROLES = ['caseworker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Areas an editor can look after: every town (the seed ones and any published from a pack since), and the national facts. */
export function contentAreas(): string[] {
  return [...knownAreas().map((a) => a.id), 'national'];
}

/** "a, b,,a" → ["a", "b"]: the comma lists the CLI and the accounts form take. */
function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** "editor,caseworker" → roles, or an error message naming what is wrong. */
export function parseRoles(text: string): Role[] | string {
  const parts = splitList(text);
  if (!parts.length) return `Give at least one role: ${ROLES.join(', ')}.`;
  const bad = parts.find((p) => !isRole(p));
  return bad === undefined ? (parts as Role[]) : `"${bad}" is not a role. Roles are ${ROLES.join(', ')}.`;
}

export function parseAreas(text: string): string[] | string {
  const parts = splitList(text);
  const areas = contentAreas();
  const bad = parts.find((p) => !areas.includes(p));
  return bad === undefined ? parts : `"${bad}" is not an area. Areas are ${areas.join(', ')}.`;
}

export interface RoleHolder {
  roles: readonly string[];
  areas: readonly string[];
}

export const hasRole = (staff: RoleHolder, role: Role) => staff.roles.includes(role);

/** Only editors change content, and only in their own areas (an admin manages accounts, not facts). */
export function canEdit(staff: RoleHolder, area: string): boolean {
  return hasRole(staff, 'editor') && staff.areas.includes(area);
}

export function editableAreas(staff: RoleHolder): string[] {
  return contentAreas().filter((a) => canEdit(staff, a));
}

/** --role and --areas, or an error message; an editor without areas could edit nothing, so that is refused. */
export function readAccessFlags(args: string[]): { access?: { roles: Role[]; areas: string[] }; problem?: string } {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : (args[i + 1] ?? '');
  };
  const roleText = value('--role');
  const areaText = value('--areas');
  if (roleText === undefined && areaText === undefined) return {};
  const roles = parseRoles(roleText ?? 'caseworker');
  if (typeof roles === 'string') return { problem: roles };
  const areas = parseAreas(areaText ?? '');
  if (typeof areas === 'string') return { problem: areas };
  if (roles.includes('editor') && areas.length === 0) return { problem: 'An editor needs --areas (for example --areas sefton).' };
  return { access: { roles, areas } };
}

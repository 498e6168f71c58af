// The frame of every staff page. Only the stylesheet route styles it: the CSP allows no inline style or script.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { BUILD_ID } from '../../build-id';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  /** the signed-in person; absent on the login page */
  staff?: { name: string; csrf: string; roles?: readonly string[] };
  current?: 'inbox' | 'evidence' | 'audit' | 'content' | 'accounts';
}

function nav(options: PageOptions): Html {
  if (!options.staff) return html``;
  const link = (href: string, label: string, key: PageOptions['current']) =>
    html`<li><a href="${href}" ${options.current === key ? html`aria-current="page"` : ''}>${label}</a></li>`;
  const roles = options.staff.roles ?? ['caseworker'];
  const caseworker = roles.includes('caseworker');
  return html`<nav aria-label="Staff">
    <ul>
      ${caseworker ? html`${link('/staff', 'Reports', 'inbox')} ${link('/staff/evidence', 'Evidence', 'evidence')}` : ''}
      ${roles.includes('editor') ? link('/staff/content', 'Content', 'content') : ''}
      ${roles.includes('admin') ? link('/staff/accounts', 'Accounts', 'accounts') : ''} ${link('/staff/audit', 'Audit log', 'audit')}
    </ul>
    <form method="post" action="/staff/logout">
      <input type="hidden" name="_csrf" value="${options.staff.csrf}" />
      <span>Signed in as ${options.staff.name}</span>
      <button type="submit">Log out</button>
    </form>
  </nav>`;
}

export function page(options: PageOptions, body: Html): Html {
  return html`<!doctype html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex, nofollow" />
<title>${options.title} · Waymark staff</title>
<link rel="stylesheet" href="/staff/staff.css" />
</head>
<body>
<header><p class="brand">Waymark · staff</p>${nav(options)}</header>
<main id="main">
${body}
</main>
<footer><p class="build">Waymark build ${BUILD_ID}</p></footer>
</body>
</html>`;
}

export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="_csrf" value="${csrf}" />`;
}

export function options(values: readonly { value: string; label: string }[], selected: string | undefined, anyLabel?: string): Html {
  return html`${anyLabel ? html`<option value="">${anyLabel}</option>` : ''}${values.map(
    (v) => html`<option value="${v.value}" ${v.value === selected ? html`selected` : ''}>${v.label}</option>`,
  )}`;
}

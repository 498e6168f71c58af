// Facts due for re-checking in one area, each with why, its source links, and the two answers an editor can give.
import { html } from 'hono/html';
import type { DueFact } from '../../content/recheck';
import { factValue, sourceLinks } from './fact-views';
import { csrfField, page, type Html } from './layout';

type Me = { name: string; csrf: string; roles: readonly string[] };

export function recheckPage(me: Me, area: string, due: DueFact[], message?: string): Html {
  return page(
    { title: `Re-check ${area}`, staff: me, current: 'content' },
    html`<h1>${area}: facts to re-check</h1>
      ${message ? html`<p class="notice" role="status">${message}</p>` : ''}
      <p>${due.length === 1 ? '1 fact is' : `${due.length} facts are`} due. Open each source, compare, then answer.</p>
      <ul class="recheck">${due.map(
        ({ fact, reasons }) => html`<li>
          <h2>${fact.id}: ${factValue(fact)}</h2>
          <p>Due because ${reasons.join('; ')}.</p>
          ${sourceLinks(fact)}
          <div class="actions">
            <form method="post" action="/staff/content/${area}/facts/${fact.id}/confirm">${csrfField(me.csrf)}<button type="submit">Still true — checked today</button></form>
            <a class="button" href="/staff/content/${area}/facts/${fact.id}">Changed — edit</a>
          </div>
        </li>`,
      )}</ul>`,
  );
}

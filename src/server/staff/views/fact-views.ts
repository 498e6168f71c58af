// Pieces the desk's pages share: a fact's value in a line, its sources as links, and the list of problems with a change.
import { html } from 'hono/html';
import type { PackFact, PackIssue } from '../../../shared/pack-schema';
import { factDisplay } from '../../content/preview';
import type { Html } from './layout';

export const factValue = (fact: PackFact): string => factDisplay(fact);

export function sourceLinks(fact: PackFact): Html {
  return html`<ul class="sources">${fact.sources.map(
    (s) =>
      html`<li><a href="${s.url}" rel="noreferrer noopener" target="_blank">${s.publisher}: ${s.title}</a>${s.pageDate ? ` (page dated ${s.pageDate})` : ' (no page date)'}</li>`,
  )}</ul>`;
}

export function issueList(message: string, issues: readonly PackIssue[] = []): Html {
  return html`<div class="notice" role="alert"><p>${message}</p>${
    issues.length ? html`<ul>${issues.map((i) => html`<li><strong>${i.path || 'the pack'}</strong>: ${i.message}</li>`)}</ul>` : ''
  }</div>`;
}

// The fact form: the value fields of the fact's kind, up to three sources each with its page date, and the status.
import { html } from 'hono/html';
import { formatPounds, SOURCE_SLOTS } from '../../content/fact-form';
import { FOUR_EYES_KINDS } from '../../content/fact-changes';
import { SOURCED_STATUS, type PackFact, type PackIssue } from '../../../shared/pack-schema';
import { issueList } from './fact-views';
import { csrfField, options, page, type Html } from './layout';

type Me = { name: string; csrf: string; roles: readonly string[] };

type Typed = Readonly<Record<string, unknown>>;
let typed: Typed = {};

// What the editor typed wins over the fact's value, so a refused form loses nothing.
function field(name: string, label: string, fallback: string, hint?: string, type = 'text'): Html {
  const value = typeof typed[name] === 'string' ? (typed[name] as string) : fallback;
  return html`<div><label for="f-${name}">${label}</label>${hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : ''}
    <input id="f-${name}" name="${name}" type="${type}" value="${value}" ${hint ? html`aria-describedby="h-${name}"` : ''} /></div>`;
}

function valueFields(f: PackFact): Html {
  switch (f.kind) {
    case 'phone':
      return html`${field('display', 'Number as people read it', f.display, 'Spaces as the publisher writes it, e.g. 0345 140 0845')}
        ${field('digits', 'Number to dial', f.digits, 'Digits only; spaces are removed', 'tel')} ${field('name', 'Who answers (optional)', f.name ?? '')}`;
    case 'amount':
      return field('pounds', `Amount in pounds${f.per ? ` (per ${f.per})` : ''}`, formatPounds(f.pence), 'For example 49.18', 'text');
    case 'address':
      return html`<div><label for="f-lines">Address lines, one a line</label><textarea id="f-lines" name="lines" rows="4">${typeof typed.lines === 'string' ? typed.lines : f.lines.join('\n')}</textarea></div>
        ${field('postcode', 'Postcode', f.postcode)}`;
    case 'link':
      return field('url', 'Web address', f.url, undefined, 'url');
    case 'email':
      return field('address', 'E-mail address', f.address, undefined, 'email');
    case 'count':
      return field('value', `Number (${f.unit})`, String(f.value), undefined, 'text');
    case 'rule':
      return html`<p>This fact is a rule: its words are in the translations. Here you change only its sources and status.</p>`;
  }
}

function sourceFields(f: PackFact): Html {
  return html`${Array.from({ length: SOURCE_SLOTS }, (_, i) => {
    const s = f.sources[i];
    return html`<fieldset><legend>Source ${i + 1}${i === 0 ? ' (required)' : ' (optional)'}</legend>
      ${field(`source${i}.publisher`, 'Publisher', s?.publisher ?? '')} ${field(`source${i}.title`, 'Page title', s?.title ?? '')}
      ${field(`source${i}.url`, 'Web address of the page', s?.url ?? '', undefined, 'url')}
      ${field(`source${i}.pageDate`, 'Date printed on the page', s?.pageDate ?? '', 'YYYY-MM-DD, or the year if that is all the page says')}
    </fieldset>`;
  })}`;
}

export function factFormPage(
  me: Me,
  area: string,
  fact: PackFact,
  problem?: { message: string; issues: readonly PackIssue[]; typed: Typed },
): Html {
  typed = problem?.typed ?? {};
  const fourEyes = FOUR_EYES_KINDS.includes(fact.kind);
  return page(
    { title: `Edit ${fact.id}`, staff: me, current: 'content' },
    html`<h1>Edit ${area}: ${fact.id}</h1>
      <p>Saving makes a draft: nothing changes for people until it is published.${fourEyes ? ' A second editor must approve a phone number or an amount first.' : ''}</p>
      ${problem ? issueList(problem.message, problem.issues) : ''}
      <form method="post" action="/staff/content/${area}/facts/${fact.id}" class="fact-form">
        ${csrfField(me.csrf)}
        ${valueFields(fact)} ${sourceFields(fact)}
        <div><label for="f-status">Status</label>
          <select id="f-status" name="status">${options(
            SOURCED_STATUS.map((s) => ({
              value: s,
              label: s === 'verified' ? 'verified: the sources say it' : `${s}: shown with the CHECK caveat`,
            })),
            typeof typed.status === 'string' ? typed.status : fact.status,
          )}</select></div>
        <div><button type="submit">Save as draft</button> <a href="/staff/content/${area}">Cancel</a></div>
      </form>`,
  );
}

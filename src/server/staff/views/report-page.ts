import { html } from 'hono/html';
import { isLanguageCode, getLanguage } from '../../../shared/languages';
import { areaLabel, categoryLabel, formatTime, humanise, languageLabel } from '../labels';
import type { ReportDetail, ReportEvent } from '../report-queries';
import { nextStatuses, NOTE_MAX, STATUS_LABELS } from '../status-flow';
import { csrfField, options, page, type Html } from './layout';

const PROBLEMS = {
  not_allowed: 'That move is not possible from this status.',
  note_required: 'Closing a report needs a note saying what was done.',
  note_too_long: `A note can be at most ${NOTE_MAX} characters.`,
  note_bad_text: 'The note has a hidden or broken character (often from copying). Please type it again.',
  changed: 'Someone else changed this report meanwhile. Here is the latest.',
} as const;
export type MoveProblem = keyof typeof PROBLEMS;

function written(text: string | undefined, language: string): Html {
  if (!text) return html`<p>—</p>`;
  const lang = isLanguageCode(language) ? getLanguage(language) : undefined;
  return html`<p class="written" lang="${lang?.bcp47 ?? language}" dir="auto">${text}</p>`;
}

function entries(record: Record<string, unknown> | undefined, language: string): Html {
  const items = Object.entries(record ?? {}).filter(([, v]) => v !== undefined && v !== '');
  if (!items.length) return html`<p>—</p>`;
  return html`<dl>${items.map(([k, v]) => html`<dt>${humanise(k)}</dt><dd lang="${k === 'phone' ? 'en' : language}" dir="auto">${typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)}</dd>`)}</dl>`;
}

function statusForm(r: ReportDetail, csrf: string): Html {
  const next = nextStatuses(r.status);
  if (!next.length) return html``;
  return html`<form method="post" action="/staff/reports/${r.reference}/status" class="stack">
    ${csrfField(csrf)}
    <input type="hidden" name="from" value="${r.status}" />
    <label for="to">Move to</label>
    <select id="to" name="to">${options(
      next.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      next[0],
    )}</select>
    <label for="note">Note (needed when closing)</label>
    <textarea id="note" name="note" rows="3" maxlength="${NOTE_MAX}"></textarea>
    <button type="submit">Save</button>
  </form>`;
}

export function reportPage(staff: { name: string; csrf: string }, r: ReportDetail, events: ReportEvent[], problem?: MoveProblem): Html {
  const b = r.body;
  return page(
    { title: r.reference, staff, current: 'inbox' },
    html`<p><a href="/staff">Back to reports</a></p>
      <h1>Report ${r.reference}</h1>
      ${problem ? html`<p class="notice" role="alert">${PROBLEMS[problem]}</p>` : ''}
      <dl class="facts">
        <dt>Status</dt><dd>${STATUS_LABELS[r.status]}</dd>
        <dt>Received</dt><dd>${formatTime(r.received_at)}</dd>
        <dt>Written on the phone</dt><dd>${formatTime(r.created_at)} (phone clock)</dd>
        <dt>Area</dt><dd>${areaLabel(r.area)}</dd>
        <dt>Category</dt><dd>${categoryLabel(r.category)}</dd>
        <dt>Language</dt><dd>${languageLabel(r.language)}</dd>
      </dl>
      ${
        b
          ? html`<h2>What they wrote</h2>${written(b.description, r.language)}
            <h2>Details</h2>${entries(b.details, r.language)}
            <h2>Contact</h2>${entries(b.contact, r.language)}
            ${b.onBehalf ? html`<h2>Sent on their behalf</h2>${entries(b.onBehalf, 'en')}` : ''}
            ${
              r.photo_count > 0
                ? html`<h2>Photos</h2><ul class="photos">${Array.from({ length: r.photo_count }, (_, i) => html`<li><img src="/staff/reports/${r.reference}/photos/${i + 1}" alt="Photo ${i + 1} sent with the report" /></li>`)}</ul>`
                : ''
            }`
          : html`<p class="notice">The personal details of this report were erased on ${formatTime(r.erased_at)}, under the retention rule.</p>`
      }
      <h2>History</h2>
      ${
        events.length
          ? html`<ol class="history">${events.map((e) => html`<li>${formatTime(e.at)} · ${e.staff}: ${STATUS_LABELS[e.from_status]} → ${STATUS_LABELS[e.to_status]}${e.note ? html`<p class="written">${e.note}</p>` : ''}</li>`)}</ol>`
          : html`<p>No changes yet.</p>`
      }
      ${statusForm(r, staff.csrf)}`,
  );
}

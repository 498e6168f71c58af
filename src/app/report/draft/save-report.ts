// Saving the checked form: a new UUID, the shared validation once more, then one committed transaction.
import type { IssueReport } from '../../../shared/report';
import { validateReport } from '../../../shared/report';
import type { OutboxItem } from '../../storage/db';
import { classifyAnswer, type Verdict } from '../outbox/answer';
import { DRAFT_ID } from './draft-store';
import { toReport, type FormValues } from '../form/form-values';
import { enqueueReport } from '../outbox/outbox-store';
import { postReport } from '../delivery/send-report';

export function buildReport(values: FormValues, where: { area: string; language: string }, now = new Date()): IssueReport | undefined {
  const checked = validateReport(
    toReport(values, { id: crypto.randomUUID(), area: where.area, language: where.language, createdAt: now.toISOString() }),
  );
  return checked.ok ? checked.value : undefined;
}

/** Resolves once the report is committed on the phone (the only moment "Saved on this phone" may show). */
export async function saveReport(report: IssueReport): Promise<OutboxItem> {
  const item = await enqueueReport(report, DRAFT_ID);
  // Loaded here, not at the top, so the form can render before the sender's code arrives.
  void import('../delivery/outbox-runner').then((m) => m.kickSender('saved'));
  return item;
}

/** When the phone cannot save at all: one direct try, nothing kept. */
export async function sendWithoutSaving(report: IssueReport): Promise<Verdict> {
  return classifyAnswer(await postReport(report.id, report), Date.now());
}

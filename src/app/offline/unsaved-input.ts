// Forms say here when they hold input not yet saved, or are open at all, and every control the person
// types into is noted, so an update never reloads over someone's words or throws them back to the top.
const dirty = new Set<string>();
const open = new Set<string>();
const typed = new Set<Element>();
const listeners = new Set<() => void>();

function tell(): void {
  listeners.forEach((l) => l());
}

export function markUnsaved(formId: string, isDirty: boolean): void {
  if (isDirty) dirty.add(formId);
  else dirty.delete(formId);
  tell();
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}

/** A form the person is filling in (its words may be stored, but a reload would still lose their place). */
export function markFormOpen(formId: string, isOpen: boolean): void {
  if (isOpen) open.add(formId);
  else open.delete(formId);
  tell();
}

/** Notes each text field, choice or list the person changes; returns a function that stops watching. */
export function watchTyping(doc: Document): () => void {
  const note = (e: Event) => {
    const el = e.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) || typed.has(el)) return;
    typed.add(el);
    tell();
  };
  doc.addEventListener('input', note, true);
  doc.addEventListener('change', note, true);
  return () => {
    doc.removeEventListener('input', note, true);
    doc.removeEventListener('change', note, true);
  };
}

/** True while any form holds input: unsaved, open, or a changed control still on the page. */
export function holdsInput(): boolean {
  for (const el of typed) if (!el.isConnected) typed.delete(el);
  return dirty.size > 0 || open.size > 0 || typed.size > 0;
}

export function onInputChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

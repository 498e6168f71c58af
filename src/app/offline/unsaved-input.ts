// Forms say here when they hold input not yet saved, so an update never reloads over someone's words.
const dirty = new Set<string>();

export function markUnsaved(formId: string, isDirty: boolean): void {
  if (isDirty) dirty.add(formId);
  else dirty.delete(formId);
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}

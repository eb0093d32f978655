// Saving text as a file from an extension page, without any permission: a Blob URL on a temporary link.
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "layerlens-settings-2026-11-26.json" */
export function exportFileName(now = new Date()): string {
  return `layerlens-settings-${now.toISOString().slice(0, 10)}.json`;
}

// Saves text as a file through the browser's download, without any request. Imported lazily, when the reader asks
// for a file (`await import(...)` at the press), so no page carries it at load.
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

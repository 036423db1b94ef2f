/**
 * Saves a blob as a file through a temporary link (no popup, no server
 * round trip for PNG and SVG).
 */

/** Offers `blob` as a download named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; a delay keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date: `newsgraph-2024-03-04.graphml`. */
export function datedName(extension: string, now = new Date()): string {
  return `newsgraph-${now.toISOString().slice(0, 10)}.${extension}`;
}

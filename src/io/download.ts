/** Hands a file to the browser's download, built from text already in memory. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Hands a .zip to the browser's download. */
export function downloadArchive(fileName: string, bytes: Uint8Array): void {
  downloadBlob(fileName, new Blob([bytes.slice().buffer], { type: 'application/zip' }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

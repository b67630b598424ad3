/**
 * Offers text as a file to save: a download in a browser, the save dialog in the desktop app (Electron asks where
 * to save a download). Nothing is written anywhere else.
 */
export const saveTextFile = (fileName: string, text: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * Writes text to the clipboard. Every way it can fail (no clipboard outside a secure context, a
 * refusal thrown at once or later) comes back as the one rejected promise.
 */
export function writeClipboard(text: string): Promise<void> {
  try {
    // Undefined outside a secure context, whatever the type says.
    const clipboard: Clipboard | undefined = navigator.clipboard;
    return clipboard ? clipboard.writeText(text) : Promise.reject(new Error('No clipboard'));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Saves text as a file of the person's: a Blob URL handed to a link with `download`, clicked, then
 * let go of a little later: some browsers read the Blob only after the click has returned.
 */
export function downloadText(fileName: string, text: string, parent: ParentNode & Node): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the element's own tree, so no host page script sees a stray link in its document.
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

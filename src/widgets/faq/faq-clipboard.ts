/**
 * Copies `text` to the clipboard: with the Clipboard API where the page may use it (secure
 * contexts), else with the older copy command from a temporary text field inside `root` (pages
 * served over plain HTTP). Resolves with whether the text was copied; focus returns where it was.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, or the document lost focus): try the copy command.
    }
  }
  const focused = root.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  field.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;opacity:0;pointer-events:none';
  root.append(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    focused?.focus({ preventScroll: true });
  }
}

/** Whether a keyboard event belongs to a text field or a control that uses the key itself. */

/** True for inputs, text areas, selects and content-editable elements. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** True for buttons and links, which use Enter and Space themselves. */
export function isActivatableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.closest('button, a[href], [role="button"], [role="option"], [role="menuitem"]') !== null
  );
}

/** True when a modal dialog is open or the key comes from inside a dialog (its keys win). */
export function isInDialog(target: EventTarget | null): boolean {
  if (
    target instanceof HTMLElement &&
    target.closest('[role="dialog"], [role="alertdialog"], dialog') !== null
  ) {
    return true;
  }
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

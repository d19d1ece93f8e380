/**
 * Keyboard behaviour of a modal dialog: focus moves into it when it opens (to the element marked
 * `data-autofocus`, else the first focusable one), Tab and Shift+Tab cycle inside it, Escape
 * closes it (unless a field marked `data-own-escape` has focus), and focus returns to where it
 * was when it closes. With dialogs stacked, only the innermost handles keys. Browser only.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open modal dialogs, innermost last. */
const open: HTMLElement[] = [];

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true',
  );
}

/**
 * @param ref the dialog element
 * @param active whether the dialog is shown
 * @param onEscape called on Escape (normally: close)
 */
export function useModalFocus(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
  onEscape: () => void,
): void {
  const escapeRef = useRef(onEscape);
  useEffect(() => {
    escapeRef.current = onEscape;
  });

  useEffect(() => {
    const root = ref.current;
    if (!active || root === null) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first =
      root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
    first.focus();
    open.push(root);
    // On the document, so that keys still work when the focused element was removed (a deleted
    // row); only the topmost open dialog handles them.
    const onKey = (event: KeyboardEvent): void => {
      if (open.at(-1) !== root) return;
      if (event.key === 'Escape') {
        // A field that handles Escape itself (inline rename) marks itself `data-own-escape`.
        if (event.target instanceof Element && event.target.closest('[data-own-escape]')) return;
        event.stopPropagation();
        escapeRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(root);
      const head = items[0];
      const tail = items.at(-1);
      const inside = root.contains(document.activeElement);
      if (head === undefined || tail === undefined) {
        event.preventDefault();
      } else if (!inside) {
        event.preventDefault();
        (event.shiftKey ? tail : head).focus();
      } else if (event.shiftKey && document.activeElement === head) {
        event.preventDefault();
        tail.focus();
      } else if (!event.shiftKey && document.activeElement === tail) {
        event.preventDefault();
        head.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      open.splice(open.indexOf(root), 1);
      if (previous?.isConnected === true) previous.focus();
    };
  }, [ref, active]);
}

/** The keyboard shortcuts, in a modal dialog (Escape or the button closes it). */
import { useEffect, useRef } from 'react';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['B', 'add the current catalogue type after the selection'],
  ['P', 'add it in parallel with the selected block'],
  ['J', 'add a “k of n” junction after the selection'],
  ['Enter', 'on a catalogue entry: add it; on a subsystem: open it'],
  ['Esc', 'clear the selection, then leave the subsystem'],
  ['Delete / Backspace', 'delete the selection'],
  ['Ctrl Z / Ctrl Shift Z / Ctrl Y', 'undo / redo'],
  ['Ctrl C / Ctrl V / Ctrl D', 'copy / paste / duplicate'],
  ['Ctrl A', 'select everything'],
  ['Ctrl G', 'group the selection into a subsystem'],
  ['Shift click, Shift drag, drag on the canvas', 'select several'],
  ['Arrow keys', 'move the focused node (Tab to focus nodes)'],
  ['L', 'auto layout'],
  ['F', 'fit the diagram in view'],
  ['Space drag, right drag, scroll', 'pan; Ctrl scroll zooms'],
  ['?', 'this help'],
];

export function ShortcutHelp({ onClose }: { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-heading"
      data-testid="help.dialog"
      onClose={onClose}
      onCancel={onClose}
    >
      <header>
        <h2 id="help-heading">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </header>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-note">On a Mac, use ⌘ for Ctrl.</p>
    </dialog>
  );
}

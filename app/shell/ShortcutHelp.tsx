/** The keyboard shortcuts, from the command registry, in a modal dialog (Escape or Close). */
import { useEffect, useRef } from 'react';
import { COMMANDS, GESTURES } from '../commands.ts';

const ROWS: readonly (readonly [string, string])[] = [
  ...COMMANDS.map((c): readonly [string, string] => [c.keysText, c.help ?? c.label.toLowerCase()]),
  ...GESTURES,
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
          {ROWS.map(([keys, what]) => (
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

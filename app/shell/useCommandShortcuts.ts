/**
 * Runs the registry's commands from the keyboard, on the window, in the current view. Keys typed
 * in fields, inside dialogs, with Alt, or while composing text are left alone.
 */
import { useEffect } from 'react';
import type { CommandContext } from '../commands.ts';
import { findCommandForKey } from '../commands.ts';
import { isEditableTarget, isInDialog } from '../hooks/isEditableTarget.ts';

export function useCommandShortcuts(ctx: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      if (isInDialog(event.target) || isEditableTarget(event.target)) return;
      const command = findCommandForKey(event, ctx.store.getState().view);
      if (command?.run(ctx) === true) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}

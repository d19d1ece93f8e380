/** Commands shared by the top bar and the keyboard: fit the view, auto layout, toggle help. */
import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAutoLayout } from '../editor/useAutoLayout.ts';
import type { ShortcutActions } from './useEditorShortcuts.ts';

export function useEditorActions(toggleHelp: () => void): ShortcutActions {
  const { fitView } = useReactFlow();
  const layout = useAutoLayout();
  return useMemo(
    () => ({
      fitView: () => void fitView({ padding: 0.2, maxZoom: 1.25, duration: 250 }),
      autoLayout: () => void layout(),
      toggleHelp,
    }),
    [fitView, layout, toggleHelp],
  );
}

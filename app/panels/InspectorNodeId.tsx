/** The id of a node, renamed everywhere it is used (edges, repeats, positions). */
import { appStore } from '../store/index.ts';
import { TextField } from '../components/TextField.tsx';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { renameNodeIn } from '../../src/index.ts';

export function InspectorNodeId({ id }: { readonly id: string }) {
  return (
    <TextField
      key={id}
      name="nodeId"
      label="Id"
      value={id}
      commitOnBlur
      check={(v) => {
        const r = renameNodeIn(selectCurrentDiagram(appStore.getState()), id, v);
        return r.ok ? null : r.error;
      }}
      onCommit={(v) => {
        const r = appStore.getState().renameNode(id, v);
        if (!r.ok) appStore.getState().showNotice(r.error, 'error');
      }}
    />
  );
}

/**
 * The id of a node, renamed everywhere it is used (edges, repeats, positions), and the design's
 * issue about the node, if any.
 */
import { useStoreApi } from '../store/index.ts';
import { TextField } from '../components/TextField.tsx';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { renameNodeIn } from '../../src/index.ts';
import { InspectorNodeIssue } from './InspectorNodeIssue.tsx';

export function InspectorNodeId({ id }: { readonly id: string }) {
  const store = useStoreApi();
  return (
    <>
      <TextField
        key={id}
        name="nodeId"
        label="Id"
        value={id}
        commitOnBlur
        check={(v) => {
          const r = renameNodeIn(selectCurrentDiagram(store.getState()), id, v);
          return r.ok ? null : r.error;
        }}
        onCommit={(v) => {
          const r = store.getState().renameNode(id, v);
          if (!r.ok) store.getState().showNotice(r.error, 'error');
        }}
      />
      <InspectorNodeIssue id={id} />
    </>
  );
}

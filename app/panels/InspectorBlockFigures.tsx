/** What the analysis says about the selected block: its figure, importance and cut-set role. */
import { formatNumber } from '../../src/index.ts';
import { useAppStore } from '../store/index.ts';
import { selectBlockResult, selectImportanceBasis } from '../store/selectors.ts';
import { getFigure } from '../editor/nodes/nodeText.ts';

export function InspectorBlockFigures({ id }: { readonly id: string }) {
  const result = useAppStore((s) => selectBlockResult(s, id));
  const basis = useAppStore(selectImportanceBasis);
  const figure = getFigure(result, basis);
  if (result === undefined || figure === null) return null;
  return (
    <>
      <dl className="inspector-figures" data-testid="inspector.block.figures">
        <div>
          <dt>{figure.label === 'A' ? 'Availability' : 'Reliability'}</dt>
          <dd>{figure.text}</dd>
        </div>
        <div>
          <dt>Criticality</dt>
          <dd>{formatNumber(result.criticality, 3)}</dd>
        </div>
        <div>
          <dt>Birnbaum</dt>
          <dd>{formatNumber(result.birnbaum, 3)}</dd>
        </div>
      </dl>
      {result.singlePointOfFailure && (
        <p className="inspector-spof">
          Single point of failure: this block alone fails the system.
        </p>
      )}
    </>
  );
}

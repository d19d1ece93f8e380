/** What the analysis says about the selected block: its figure, importance and cut-set role. */
import { formatNumber } from '../../src/index.ts';
import { useAppStore } from '../store/index.ts';
import {
  selectBlockResult,
  selectImportanceBasis,
  selectNode,
  selectTimeUnit,
} from '../store/selectors.ts';
import { getFigure, getSinglePointText } from '../blockText.ts';

export function InspectorBlockFigures({ id }: { readonly id: string }) {
  const result = useAppStore((s) => selectBlockResult(s, id));
  const basis = useAppStore(selectImportanceBasis);
  const node = useAppStore((s) => {
    const own = selectNode(s, id);
    return own?.kind === 'block' && own.repeatOf !== undefined ? selectNode(s, own.repeatOf) : own;
  });
  const unit = useAppStore(selectTimeUnit);
  const figure = getFigure(result, basis);
  const single =
    result?.singlePointOfFailure === true && node?.kind === 'block'
      ? getSinglePointText(node, unit)
      : null;
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
      {single !== null && (
        <p className="inspector-spof" data-testid="inspector.block.spof">
          {single.title.charAt(0).toUpperCase() + single.title.slice(1)}.
        </p>
      )}
    </>
  );
}

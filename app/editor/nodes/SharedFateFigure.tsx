/**
 * What a zone's or common-cause group's tab says of its part in the system: "SPOF: alone takes
 * the system down" (in words, not only red), else its share of the downtime when it has one.
 */
import { formatShortPercent } from '../../../src/index.ts';
import type { BlockResult } from '../../../src/index.ts';

interface Props {
  readonly result: BlockResult | undefined;
  /** Test id of the SPOF words (`editor.zone.az-a.spof`). */
  readonly spofTestId: string;
}

export function SharedFateFigure({ result, spofTestId }: Props) {
  if (result?.singlePointOfFailure === true) {
    return (
      <span className="rbd-zone-spof" data-testid={spofTestId}>
        SPOF: alone takes the system down
      </span>
    );
  }
  if (result === undefined || result.criticality <= 0) return null;
  return (
    <span className="rbd-zone-share">{formatShortPercent(result.criticality)} of downtime</span>
  );
}

/**
 * The running estimate and its 95% interval against the number of histories, exact value marked:
 * a small SVG drawn from convergenceGeometry.ts. It redraws on every progress update of a run,
 * so it is drawn by hand: recharts spent 40-140 ms of the main thread on each of those updates.
 * Pointer or arrow keys show one point's figures.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { formatNumber } from '../../src/index.ts';
import type { ConvergencePoint } from '../store/index.ts';
import { findNearestPoint, getConvergenceGeometry } from './convergenceGeometry.ts';

interface Props {
  readonly title: string;
  readonly points: readonly ConvergencePoint[];
  readonly exact: number | null;
}

const HEIGHT = 200;
/** Width before the first measurement (the panel's usual width). */
const INITIAL_WIDTH = 560;

/** The figure's width, followed with a ResizeObserver (one render per change of whole pixels). */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function describePoint(p: ConvergencePoint): string {
  const interval =
    Number.isFinite(p.lo) && Number.isFinite(p.hi)
      ? `, 95% interval ${formatNumber(p.lo, 6)} – ${formatNumber(p.hi, 6)}`
      : '';
  return `${formatNumber(p.histories, 3)} histories: ${formatNumber(p.mean, 6)}${interval}`;
}

/** Memoised: it draws again only when its points, exact value or width change. */
export const ConvergenceChart = memo(function ConvergenceChart({ title, points, exact }: Props) {
  const [box, width] = useWidth();
  const geometry = useMemo(
    () => getConvergenceGeometry(points, exact, width, HEIGHT),
    [points, exact, width],
  );
  const [active, setActive] = useState<number | null>(null);
  const placed = geometry?.placed ?? [];
  const shown = active === null ? null : (placed[Math.min(active, placed.length - 1)] ?? null);

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const index = findNearestPoint(placed, event.clientX - bounds.left);
    setActive(index < 0 ? null : index);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (placed.length === 0) return;
    const last = placed.length - 1;
    const current = active === null ? last : Math.min(active, last);
    const moves = new Map<string, number | null>([
      ['ArrowLeft', Math.max(0, current - 1)],
      ['ArrowRight', Math.min(last, current + 1)],
      ['Home', 0],
      ['End', last],
      ['Escape', null],
    ]);
    const next = moves.get(event.key);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <figure className="convergence" aria-label={title}>
      <figcaption>{title}</figcaption>
      <div ref={box} className="convergence-box" style={{ height: HEIGHT }}>
        {geometry !== null && (
          <svg
            width={width}
            height={HEIGHT}
            role="img"
            aria-label={`${title}. Arrow keys step through the estimates.`}
            tabIndex={0}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setActive(null)}
            onKeyDown={onKeyDown}
            onBlur={() => setActive(null)}
            data-testid="simulation.convergence"
          >
            <g className="convergence-grid">
              {geometry.yTicks.map((t) => (
                <line
                  key={`y${t.label}`}
                  x1={geometry.plot.left}
                  x2={geometry.plot.left + geometry.plot.width}
                  y1={t.at}
                  y2={t.at}
                />
              ))}
              {geometry.xTicks.map((t) => (
                <line
                  key={`x${t.label}`}
                  x1={t.at}
                  x2={t.at}
                  y1={geometry.plot.top}
                  y2={geometry.plot.top + geometry.plot.height}
                />
              ))}
            </g>
            <g className="convergence-axis">
              {geometry.yTicks.map((t) => (
                <text key={`y${t.label}`} x={geometry.plot.left - 6} y={t.at} dy="0.32em">
                  {t.label}
                </text>
              ))}
              {geometry.xTicks.map((t) => (
                <text
                  key={`x${t.label}`}
                  x={t.at}
                  y={geometry.plot.top + geometry.plot.height + 16}
                  textAnchor="middle"
                >
                  {t.label}
                </text>
              ))}
              <text
                x={geometry.plot.left + geometry.plot.width}
                y={HEIGHT - 4}
                textAnchor="end"
                className="convergence-axis-name"
              >
                histories
              </text>
            </g>
            {geometry.band !== '' && <path className="convergence-band" d={geometry.band} />}
            <path className="convergence-line" d={geometry.line} />
            {geometry.exactY !== null && (
              <g className="convergence-exact">
                <line
                  x1={geometry.plot.left}
                  x2={geometry.plot.left + geometry.plot.width}
                  y1={geometry.exactY}
                  y2={geometry.exactY}
                />
                <text
                  x={geometry.plot.left + geometry.plot.width + 4}
                  y={geometry.exactY}
                  dy="0.32em"
                >
                  exact
                </text>
              </g>
            )}
            {shown !== null && (
              <g className="convergence-cursor">
                <line
                  x1={shown.x}
                  x2={shown.x}
                  y1={geometry.plot.top}
                  y2={geometry.plot.top + geometry.plot.height}
                />
                <circle cx={shown.x} cy={shown.y} r={3.5} />
              </g>
            )}
          </svg>
        )}
      </div>
      <p
        className="convergence-readout"
        aria-live="polite"
        data-testid="simulation.convergence.readout"
      >
        {shown === null ? '\u00a0' : describePoint(shown.point)}
      </p>
    </figure>
  );
});

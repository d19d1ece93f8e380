/**
 * A horizontal splitter above the results dock: drag it, or focus it and use the arrow keys,
 * to share the height between the canvas and the results.
 */
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

interface Props {
  /** Height of the dock, px. */
  readonly height: number;
  readonly min: number;
  readonly max: number;
  readonly onResize: (height: number) => void;
  readonly controls: string;
}

const STEP = 24;

export function DockResizer({ height, min, max, onResize, controls }: Props) {
  const start = useRef<{ y: number; height: number } | null>(null);
  const clamp = (h: number) => Math.round(Math.max(min, Math.min(max, h)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { y: event.clientY, height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current === null) return;
    onResize(clamp(start.current.height + start.current.y - event.clientY));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowUp' ? STEP : event.key === 'ArrowDown' ? -STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    onResize(clamp(height + delta));
  };
  return (
    <div
      className="dock-resizer"
      role="separator"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-label="Resize the results"
      aria-controls={controls}
      aria-valuenow={height}
      aria-valuemin={min}
      aria-valuemax={max}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

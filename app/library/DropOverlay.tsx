/** The full-page hint shown while a file is dragged over the page (see `useFileDrop`). */
import './library.css';

export interface DropOverlayProps {
  readonly active: boolean;
  readonly label?: string | undefined;
}

export function DropOverlay({
  active,
  label = 'Drop a design file (.json) to open it',
}: DropOverlayProps) {
  if (!active) return null;
  return (
    <div className="lib-drop-overlay" data-testid="design.drop-overlay">
      <p className="lib-drop-label">{label}</p>
    </div>
  );
}

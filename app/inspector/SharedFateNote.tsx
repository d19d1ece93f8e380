/** The engine's shared-fate warning next to a zone or group a block is in. */
export function SharedFateNote({ text }: { readonly text: string | null }) {
  if (text === null) return null;
  return (
    <p className="inspector-issue is-warning" data-testid="inspector.zones.sharedFate">
      ⚠ {text}
    </p>
  );
}

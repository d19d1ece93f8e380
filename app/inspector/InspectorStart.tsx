/** The start node: nothing to set; explains what to do next. */
export function InspectorStart() {
  return (
    <section className="inspector-section" aria-labelledby="start-heading">
      <header className="inspector-section-head">
        <h3 id="start-heading">Start</h3>
      </header>
      <p className="inspector-note">
        Every path begins here. With the start selected, press <kbd>B</kbd> or pick a type in the
        catalogue to add a block after it.
      </p>
    </section>
  );
}

/**
 * The design's issue about the inspected node, in words, next to its fields: an error that keeps
 * the design from being analysed, or a warning (an unknown field that is ignored, a spare that
 * never helps).
 */
import { useAppStore } from '../store/index.ts';
import { selectNodeIssue } from '../store/selectors.ts';

export function InspectorNodeIssue({ id }: { readonly id: string }) {
  const issue = useAppStore((s) => selectNodeIssue(s, id));
  if (issue === undefined) return null;
  return (
    <p
      className={`inspector-issue is-${issue.severity}`}
      role="status"
      data-testid="inspector.node.issue"
    >
      {issue.severity === 'error' ? 'Problem: ' : 'Note: '}
      {issue.message}
    </p>
  );
}

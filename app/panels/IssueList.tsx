/** A list of problems with their paths; names are always rendered as text. */
import type { DesignIssue } from '../../src/index.ts';

interface Props {
  readonly title: string;
  readonly issues: readonly DesignIssue[];
}

export function IssueList({ title, issues }: Props) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="issues" data-testid="design.issues">
      <h3>{title}</h3>
      <ul>
        {issues.slice(0, 50).map((issue, i) => (
          <li key={i} className={issue.severity}>
            {issue.path !== '' && <code>{issue.path}</code>} {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>and {issues.length - 50} more</p>}
    </div>
  );
}

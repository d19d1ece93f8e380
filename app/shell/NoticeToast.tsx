/** The last notice (e.g. why a connection was refused), announced politely, then dismissed. */
import { useEffect } from 'react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectNotice } from '../store/selectors.ts';
import { Icon } from '../components/Icon.tsx';

/** How long a notice stays, ms. */
const NOTICE_MS = { info: 4000, error: 8000 } as const;

export function NoticeToast() {
  const notice = useAppStore(selectNotice);
  const store = useStoreApi();
  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => store.getState().dismissNotice(), NOTICE_MS[notice.tone]);
    return () => window.clearTimeout(timer);
  }, [notice, store]);
  return (
    <div className="toast-region" aria-live="polite" aria-atomic="true">
      {notice !== null && (
        <div className={`toast is-${notice.tone}`} data-testid="editor.notice" key={notice.id}>
          {notice.tone === 'error' && <Icon name="warning" />}
          <span>{notice.message}</span>
          {notice.action === 'undo' && (
            <button
              type="button"
              className="toast-action"
              data-testid="editor.notice.undo"
              onClick={() => {
                store.getState().undo();
                store.getState().dismissNotice();
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => store.getState().dismissNotice()}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The view in the address: `#view=compare` opens the compare view, so a link or a reload
 * returns to it. Other hash parameters (a view's own, such as `lesson=`) are kept; the edit view
 * needs none. Back and forward move between views. Browser only (location, history).
 */
import type { AppStore, ViewId } from '../store/index.ts';
import { isViewId } from '../views.ts';

/** The view a hash names, or `null` (none, or one that does not exist). */
export function readViewFromHash(hash: string): ViewId | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  return view !== null && isViewId(view) ? view : null;
}

/** The hash with `view` set (or removed for the edit view), other parameters kept. */
export function writeViewToHash(hash: string, view: ViewId): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (view === 'edit') params.delete('view');
  else params.set('view', view);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/**
 * Keeps the store's view and the address in step.
 * @returns a function that stops it
 */
export function startViewRoute(store: AppStore, win: Window = window): () => void {
  const fromAddress = (): void => {
    store.getState().setView(readViewFromHash(win.location.hash) ?? 'edit');
  };
  fromAddress();
  let shown = store.getState().view;
  const unsubscribe = store.subscribe((s) => {
    if (s.view === shown) return;
    shown = s.view;
    const hash = writeViewToHash(win.location.hash, s.view);
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    win.history.pushState(win.history.state, '', url);
  });
  const onHash = (): void => {
    // A shared design link (`#design=`) is the library's; only a view change is ours.
    const view = readViewFromHash(win.location.hash) ?? 'edit';
    shown = view;
    store.getState().setView(view);
  };
  win.addEventListener('popstate', onHash);
  win.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onHash);
    win.removeEventListener('hashchange', onHash);
  };
}

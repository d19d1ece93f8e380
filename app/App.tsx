/**
 * Layout shell of the minimal page: pick an example or import a design file, see the exact
 * analysis computed in a web worker. (The full editor arrives with the app issue.)
 */
import { useCallback, useEffect, useState } from 'react';
import { useAnalysis } from './engine/useAnalysis.ts';
import { analyzeInWorker } from './engine/engineClient.ts';
import { DesignPicker } from './panels/DesignPicker.tsx';
import { ResultsPanel } from './panels/ResultsPanel.tsx';
import { IssueList } from './panels/IssueList.tsx';
import type { DesignIssue } from '../src/index.ts';

export interface LoadedDesign {
  readonly label: string;
  readonly data: unknown;
}

export function App() {
  const [loaded, setLoaded] = useState<LoadedDesign | null>(null);
  const [fileIssues, setFileIssues] = useState<readonly DesignIssue[]>([]);
  const analysis = useAnalysis(loaded?.data ?? null, null);

  // A file replaces the current design only once the engine has accepted it.
  const open = useCallback((design: LoadedDesign) => {
    analyzeInWorker(design.data, { skipMttf: true }).then(
      (response) => {
        if (response.ok) {
          setFileIssues([]);
          setLoaded(design);
        } else setFileIssues(response.error);
      },
      (error: unknown) =>
        setFileIssues([{ severity: 'error', code: 'worker', path: '', message: String(error) }]),
    );
  }, []);

  useEffect(() => {
    if (loaded !== null) return;
    const params = new URLSearchParams(window.location.search);
    const file = params.get('example') ?? 'three-tier.json';
    fetch(`${import.meta.env.BASE_URL}examples/${encodeURIComponent(file)}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${file}: ${r.status}`))))
      .then((data: unknown) => open({ label: file, data }))
      .catch((error: unknown) =>
        setFileIssues([{ severity: 'error', code: 'fetch', path: '', message: String(error) }]),
      );
  }, [loaded, open]);

  return (
    <div className="page">
      <header className="topbar">
        <h1>RBD Studio</h1>
        <p className="tagline">Exact reliability and availability of redundant systems</p>
      </header>
      <main className="layout">
        <section className="panel" aria-labelledby="design-heading">
          <h2 id="design-heading">Design</h2>
          <DesignPicker current={loaded?.label ?? null} onOpen={open} onInvalid={setFileIssues} />
          <IssueList title="This file cannot be opened" issues={fileIssues} />
        </section>
        <ResultsPanel analysis={analysis} />
      </main>
    </div>
  );
}

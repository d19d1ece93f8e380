/**
 * Vite entry: mounts the app under a top-level error boundary, the app store's provider and the
 * React Flow provider at once. The expression reader (mathjs, its own chunk) loads meanwhile:
 * the library waits for it before it reads the first design (useDesignLibrary), so every design
 * reads as it does anywhere else while the shell is already on screen. The exact engine's worker
 * is started before anything renders (engine/engineWorker.ts), so it is ready for the first design.
 */
import { prestartEngineWorker } from './engine/engineWorker.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/layout.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/fields.css';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { installTestApi } from './testApi.ts';
import { StoreProvider, appStore } from './store/index.ts';

// First: the engine worker loads while the page renders and opens the first design.
prestartEngineWorker();
installTestApi(appStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <StoreProvider store={appStore}>
          <ReactFlowProvider>
            <App />
          </ReactFlowProvider>
        </StoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

/**
 * Vite entry: mounts the app under a top-level error boundary, the app store's provider and the
 * React Flow provider at once. The expression reader (mathjs, its own chunk) loads meanwhile:
 * the library waits for it before it reads the first design (useDesignLibrary), so every design
 * reads as it does anywhere else while the shell is already on screen. The exact engine's worker
 * and the expression reader are started before anything else (startEarly.ts).
 */
import './startEarly.ts';
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

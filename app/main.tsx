/** Vite entry: mounts the app under a top-level error boundary and the React Flow provider. */
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
import { installTestHook } from './hooks/testHook.ts';

installTestHook();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <ReactFlowProvider>
          <App />
        </ReactFlowProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

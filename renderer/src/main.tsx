import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenEarlyCallsSettled } from './api/early-call';
import { App } from './shell/App';
import './styles/global.css';

// The first screen's calls went out while the modules were loading; drawing once they are back (a few
// milliseconds on this machine) shows the families at once instead of an empty frame, then "Loading…",
// then the rows.
void whenEarlyCallsSettled(1500).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

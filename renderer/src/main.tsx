// App first: its modules start the first screen's reads as they are evaluated (see first-screen), so
// the reads are on their way while React DOM, the largest module, is evaluated after them.
import { App } from './shell/App';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenFirstScreenFetched } from './api/first-screen';
import { queryClient } from './api/query-client';
import './styles/global.css';

// The first screen's reads went out while the modules were loading; drawing once they are back (a few
// milliseconds on this machine) shows the families at once instead of an empty frame, then "Loading…",
// then the rows.
void whenFirstScreenFetched(1500).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);

// The app, imported by the page's first script (main.tsx) once it has asked for the first screen's data.
// App first: its modules start the first screen's queries as they are evaluated (first-screen.ts), which
// take the answers already on their way (early-reads.ts).
import { App } from './shell/App';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { keepKeyWhenIdle } from './api/client';
import { whenFirstScreenFetched } from './api/first-screen';
import { queryClient } from './api/query-client';

// For the bench: the app's modules (React DOM, TanStack, the screens) have been evaluated.
performance.mark('village:app-evaluated');

// Drawing once the first screen's answers are in shows the families at once instead of an empty frame,
// then "Loading…", then the rows.
void whenFirstScreenFetched(1500).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  // The page is next idle once React has drawn the first screen (its work is queued before this).
  keepKeyWhenIdle();
});

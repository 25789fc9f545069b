import { Suspense } from 'react';
import { RecoveryScreen } from '../backups/RecoveryScreen';
import { PAGE_COMPONENTS } from './page-components';
import { Sidebar } from './Sidebar';
import { useAppStatus } from './useAppStatus';
import { useCurrentPage } from './useCurrentPage';

export function App() {
  const [page, navigate] = useCurrentPage();
  const { status, recheck } = useAppStatus();
  if (status === null) return null;
  if (status.state === 'problem') return <RecoveryScreen status={status} onRecovered={recheck} />;
  const Page = PAGE_COMPONENTS[page];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={page} onNavigate={navigate} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted page-loading">Loading…</p>}>
          <Page />
        </Suspense>
      </main>
    </div>
  );
}

import { FamiliesPage } from '../families/FamiliesPage';
import { ComingSoon } from './ComingSoon';
import { PAGES } from './navigation';
import { Sidebar } from './Sidebar';
import { useCurrentPage } from './useCurrentPage';

export function App() {
  const [page, navigate] = useCurrentPage();
  const title = PAGES.find((entry) => entry.id === page)?.label ?? 'Village';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={page} onNavigate={navigate} />
      <main id="main" tabIndex={-1}>
        {page === 'families' ? <FamiliesPage /> : <ComingSoon title={title} pageId={page} />}
      </main>
    </div>
  );
}

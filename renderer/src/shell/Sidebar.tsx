import { useEffect } from 'react';
import { useApi } from '../api/useApi';
import { useNow } from '../components/useNow';
import { PAGES, type PageId } from './navigation';

/**
 * How many messages are due on the Outbox entry (0: nothing shown). Read again every minute, as a
 * reminder's hour comes or the schedule sends what was due.
 */
function DueCount() {
  const due = useApi('outbox.due', {}, 'Village could not check which messages are due.');
  const now = useNow();
  const reload = due.reload;
  useEffect(() => reload(), [now, reload]);
  const count = due.data?.length ?? 0;
  if (count === 0) return null;
  return <span className="nav-count">{count === 1 ? '1 due' : `${count} due`}</span>;
}

interface SidebarProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
}

export function Sidebar({ current, onNavigate }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ❀
        </span>
        <span className="brand-name">Village</span>
      </div>
      <ul>
        {PAGES.map((page) => (
          <li key={page.id}>
            <a
              href={`#/${page.id}`}
              aria-current={page.id === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(page.id);
              }}
            >
              {page.label}
              {page.id === 'outbox' && <DueCount />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

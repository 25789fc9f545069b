import { PAGES, type PageId } from './navigation';

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
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

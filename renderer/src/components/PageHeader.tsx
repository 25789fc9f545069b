import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The page's heading; the page's section is labelled by it (`aria-labelledby="page-title"`). */
  title: string;
  subtitle: ReactNode;
  /** Read out when the subtitle changes (a count that follows the search). */
  liveSubtitle?: boolean;
  /** The page's actions, on the right. */
  children?: ReactNode;
}

/** The top of every page: its title, a line under it, and its actions. */
export function PageHeader({ title, subtitle, liveSubtitle = false, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1 id="page-title">{title}</h1>
        <p className="page-subtitle" aria-live={liveSubtitle ? 'polite' : undefined}>
          {subtitle}
        </p>
      </div>
      {children && <div className="page-actions">{children}</div>}
    </header>
  );
}

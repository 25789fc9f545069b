import type { ReactNode } from 'react';

interface FamilyPanelSectionProps {
  /** Names the section's class (`family-NAME`) and its heading's id, so each panel keeps its own styles. */
  name: string;
  title: string;
  /** Why the panel's list could not be read; shown quietly, since the rest of the family still is. */
  error: string | null;
  children: ReactNode;
}

/** One titled section of the family detail (messages, introductions) with its loading error. */
export function FamilyPanelSection({ name, title, error, children }: FamilyPanelSectionProps) {
  const titleId = `family-${name}-title`;
  return (
    <section className={`family-${name}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        {title}
      </h3>
      {error !== null && <p className="muted">{error}</p>}
      {children}
    </section>
  );
}

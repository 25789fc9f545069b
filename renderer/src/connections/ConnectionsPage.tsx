import '../styles/sessions.css';
import './connections.css';
import { CirclesSection } from './CirclesSection';
import { NeighborsSection } from './NeighborsSection';
import { TiesPicture } from './TiesPicture';
import { UnconnectedList } from './UnconnectedList';

/** Who is spending time with whom, who has not connected yet, and circles of families (issue 12). */
export function ConnectionsPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Connections</h1>
          <p className="page-subtitle">Help families who keep coming find each other.</p>
        </div>
      </header>
      <UnconnectedList />
      <CirclesSection />
      <NeighborsSection />
      <TiesPicture />
    </section>
  );
}

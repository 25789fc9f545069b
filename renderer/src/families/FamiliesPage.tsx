import { parentNames } from '../../../shared/domain/families/family';
import { BulkActions } from './BulkActions';
import { ColumnsMenu } from './ColumnsMenu';
import { DeleteFamilyDialog } from './DeleteFamilyDialog';
import { DuplicatesDialog, FamilyDialog, InviteDialog, TagDialog } from './family-dialogs';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { useFamiliesView } from './useFamiliesView';
import { useFamilyActions } from './useFamilyActions';
import { useRowsShownMarks } from './useRowsShownMarks';
import './families.css';
import { PageHeader } from '../components/PageHeader';

export function FamiliesPage() {
  const view = useFamiliesView();
  const actions = useFamilyActions(view);
  const { today, search, filters, activeFilters, sorting, shown, narrowed, choices, selectedIds } = view;
  const { loading, complete, error } = view.roster;
  const { rows } = view.roster.view;
  const { notice, done } = actions;
  useRowsShownMarks(rows.length > 0, complete);

  const empty = !loading && rows.length === 0;
  return (
    <section
      className={view.fitsNarrow ? 'page families-page roster-fits-narrow' : 'page families-page'}
      aria-labelledby="page-title"
    >
      <PageHeader
        title="Families"
        subtitle={
          loading
            ? 'Loading…'
            : !complete
              ? 'Loading all families…'
              : !narrowed
                ? `${rows.length} ${rows.length === 1 ? 'family' : 'families'}`
                : `${shown.length} of ${rows.length} families`
        }
        liveSubtitle
      >
        <input
          type="search"
          className="search"
          placeholder="Search names, email, phone"
          aria-label="Search families"
          value={search}
          onChange={(event) => view.setSearch(event.target.value)}
        />
        <button type="button" className="button-primary" onClick={actions.startAdding}>
          Add family
        </button>
      </PageHeader>

      {!empty && (
        <div className="roster-toolbar">
          <RosterFilters
            draft={view.draft}
            onChange={view.setDraft}
            onClear={view.clearFilters}
            neighborhoods={choices.neighborhoods}
            tags={choices.tags}
            active={activeFilters}
          />
          <div className="roster-tools">
            <ColumnsMenu hidden={view.hidden} onChange={view.setHidden} />
            <button type="button" className="button-secondary" onClick={() => actions.openDialog('duplicates')}>
              Find duplicates
            </button>
            <button type="button" className="button-secondary" onClick={actions.exportAll}>
              Export all (CSV)
            </button>
          </div>
        </div>
      )}

      <div className="notice" role="status" aria-live="polite">
        {notice.text}
        {notice.undoId !== undefined && (
          <button type="button" className="button-link" onClick={() => actions.undoMerge(notice.undoId!)}>
            Undo merge
          </button>
        )}
      </div>
      {(error ?? actions.error) && (
        <p className="form-error" role="alert">
          {error ?? actions.error}
        </p>
      )}

      {selectedIds.length > 0 && <BulkActions count={selectedIds.length} onAction={actions.runBulk} />}

      {empty && (
        <div className="empty-state">
          <p className="empty-title">Your village starts here</p>
          <p>
            Bring in the families from your sign-up sheet (Google Forms, SignUpGenius, Eventbrite, Meetup or Excel), or
            add them one by one.
          </p>
          <div className="empty-actions">
            <button type="button" className="button-primary" onClick={() => (window.location.hash = '/import')}>
              Import a sign-up sheet
            </button>
            <button type="button" className="button-secondary" onClick={actions.startAdding}>
              Add a family
            </button>
          </div>
        </div>
      )}
      {!empty && shown.length === 0 && !loading && (
        <div className="empty-state">
          {complete || error ? (
            <p>
              {search.trim() !== '' ? `No family matches “${search}”` : 'No family matches'}
              {activeFilters > 0 ? ' with these filters' : ''}.
            </p>
          ) : (
            // Only the first screenful is here yet: "no match" could be wrong, so say what is happening.
            <p>Looking through all families…</p>
          )}
        </div>
      )}
      {!empty && shown.length > 0 && (
        <RosterTable
          shown={shown}
          startOverKey={JSON.stringify([search, filters, sorting])}
          today={today}
          ageFilter={filters}
          sorting={sorting}
          onSortingChange={view.setSorting}
          columnVisibility={view.columnVisibility}
          selection={view.selection}
          onSelectionChange={view.setSelection}
          onOpen={actions.open}
        />
      )}

      {actions.editing && (
        <FamilyDialog
          family={actions.editing.family}
          onClose={actions.stopEditing}
          onSaved={actions.closeEditorSaying}
        />
      )}
      {actions.dialog === 'tag' && (
        <TagDialog
          ids={selectedIds}
          knownTags={choices.tags}
          onClose={actions.closeDialog}
          onTagged={actions.closeDialogSaying}
        />
      )}
      {actions.dialog === 'invite' && (
        <InviteDialog ids={selectedIds} onClose={actions.closeDialog} onInvited={actions.closeDialogSaying} />
      )}
      {actions.dialog === 'delete' && (
        <DeleteFamilyDialog
          families={view.selectedRows().map((row) => ({ id: row.id, name: parentNames(row), kids: row.kids.length }))}
          onCancel={actions.closeDialog}
          onDeleted={(message) => {
            view.setSelection({});
            actions.closeDialogSaying(message);
          }}
        />
      )}
      {actions.mergeDialog}
      {actions.dialog === 'duplicates' && <DuplicatesDialog onClose={actions.closeDialog} onMerged={done} />}
    </section>
  );
}

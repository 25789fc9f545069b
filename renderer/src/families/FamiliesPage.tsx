import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import { parentNames, type Family, type FamilyRosterRow } from '../../../shared/domain/family';
import { activeFilterCount, ageBandFromDraft, matchesFilters, matchesSearch, type RosterFilters as Filters } from '../../../shared/domain/roster-filter';
import { call } from '../api/client';
import { BulkActions, type BulkAction } from './BulkActions';
import { ColumnsMenu } from './ColumnsMenu';
import { DeleteFamilyDialog } from './DeleteFamilyDialog';
import { downloadCsv } from '../components/download';
import { DuplicatesDialog } from './DuplicatesDialog';
import { usePendingMerge } from './usePendingMerge';
import { FamilyDialog } from './FamilyDialog';
import { DEFAULT_HIDDEN, ROSTER_COLUMNS, type RosterColumnId } from './roster-columns';
import { RosterFilters, type FilterDraft } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { preparedRoster, rosterMenus, sortedRoster } from './roster-view';
import { InviteDialog } from './InviteDialog';
import { TagDialog } from './TagDialog';
import { useRoster } from './useRoster';
import './families.css';
import { preloadPreference, usePreference } from './usePreference';
import { openingPage } from '../shell/useCurrentPage';
import { NOTICE_MS, useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';

type Editing = { family: Family | null } | null;
type Dialog = 'tag' | 'invite' | 'delete' | 'duplicates' | null;
interface Notice {
  text: string;
  undoId?: number;
}

const NO_NOTICE: Notice = { text: '' };
/** A merge can be undone from its message: that one stays a minute. */
const UNDO_NOTICE_MS = 60_000;

const COLUMN_IDS = new Set<string>(ROSTER_COLUMNS.map((column) => column.id));
const isHiddenColumns = (value: unknown): value is RosterColumnId[] => Array.isArray(value) && value.every((id) => typeof id === 'string' && COLUMN_IDS.has(id));

const HIDDEN_COLUMNS = 'families.hiddenColumns';
if (openingPage() === 'families') preloadPreference(HIDDEN_COLUMNS);

function emptyDraft(today: string): FilterDraft {
  return { age: { min: '', max: '', unit: 'months', on: today }, neighborhood: '', tag: '', firstTimers: false, notSeenSince: '' };
}

function filtersFromDraft(draft: FilterDraft): Filters {
  return { ...ageBandFromDraft(draft.age), neighborhood: draft.neighborhood, tag: draft.tag, firstTimers: draft.firstTimers, notSeenSince: draft.notSeenSince };
}

function csvFileName(today: string): string {
  return `village-families-${today}.csv`;
}

export function FamiliesPage() {
  const today = useMemo(() => localToday(), []);
  const { rows, loading, complete, error, reload } = useRoster();
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState<FilterDraft>(() => emptyDraft(today));
  const [sorting, setSorting] = useState<SortingState>([{ id: 'parents', desc: false }]);
  const [hidden, setHidden] = usePreference<RosterColumnId[]>(HIDDEN_COLUMNS, DEFAULT_HIDDEN, isHiddenColumns);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useNotice<Notice>(NO_NOTICE, (shown) => (shown.undoId !== undefined ? UNDO_NOTICE_MS : NOTICE_MS));
  const [actionError, setActionError] = useState<string | null>(null);

  // Prepared and sorted once per load (and remembered between visits); filters run once per filter
  // change; the search runs per keystroke over what is left.
  const prepared = useMemo(() => preparedRoster(rows), [rows]);
  const sorted = useMemo(() => sortedRoster(prepared, sorting), [prepared, sorting]);
  const filters = useMemo(() => filtersFromDraft(draft), [draft]);
  const activeFilters = activeFilterCount(filters);
  const filtered = useMemo(() => (activeFilters === 0 ? sorted : sorted.filter((item) => matchesFilters(item.row, filters))), [sorted, filters, activeFilters]);
  const shown = useMemo(() => (search.trim() === '' ? filtered : filtered.filter((item) => matchesSearch(item, search))), [filtered, search]);
  const narrowed = shown.length !== rows.length;
  const choices = useMemo(() => rosterMenus(rows), [rows]);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);

  // Selection is kept to families that still exist (after a delete or merge).
  const selectedIds = useMemo(() => {
    const ids = new Set(rows.map((row) => row.id));
    return Object.keys(selection).map(Number).filter((id) => ids.has(id));
  }, [selection, rows]);

  const marked = useRef({ first: false, all: false });
  useLayoutEffect(() => {
    // Read by `npm run bench`: from opening Village to the frame that shows the first families, and all of them.
    if (!marked.current.first && rows.length > 0) {
      marked.current.first = true;
      performance.mark('village:families-rows-committed');
      requestAnimationFrame(() => performance.mark('village:families-rows-shown'));
    }
    if (!marked.current.all && complete) {
      marked.current.all = true;
      requestAnimationFrame(() => performance.mark('village:families-all-shown'));
    }
  }, [rows, complete]);

  const done = (text: string, undoId?: number) => {
    setNotice(undoId === undefined ? { text } : { text, undoId });
    setActionError(null);
    reload();
  };
  const merging = usePendingMerge((message, undoId) => {
    setSelection({});
    done(message, undoId);
  });
  const failed = (failure: unknown, fallback: string) => setActionError(failureMessage(failure, fallback));

  const open = (row: FamilyRosterRow) => {
    call('families.get', { id: row.id })
      .then((family) => setEditing({ family }))
      .catch((failure: unknown) => failed(failure, 'Village could not open this family.'));
  };

  const exportCsv = (ids?: number[]) => {
    call('families.exportCsv', ids ? { ids } : {})
      .then(({ csv, families }) => {
        downloadCsv(csvFileName(today), csv);
        setNotice({ text: `Exported ${families} ${families === 1 ? 'family' : 'families'} to ${csvFileName(today)}.` });
      })
      .catch((failure: unknown) => failed(failure, 'Village could not export the families.'));
  };

  const selectedRows = () => {
    const wanted = new Set(selectedIds);
    return rows.filter((row) => wanted.has(row.id));
  };
  const runBulk = (action: BulkAction) => {
    if (action === 'tag') setDialog('tag');
    else if (action === 'invite') setDialog('invite');
    else if (action === 'delete') setDialog('delete');
    else if (action === 'export') exportCsv(selectedIds);
    else if (action === 'clear') setSelection({});
    else if (action === 'merge') {
      // The older record is kept (its history, where it came from); every value can still be picked.
      const [keepId, otherId] = [...selectedIds].sort((a, b) => a - b) as [number, number];
      Promise.all([call('families.get', { id: keepId }), call('families.get', { id: otherId })])
        .then(([keep, other]) => merging.start(keep, other))
        .catch((failure: unknown) => failed(failure, 'Village could not open these families.'));
    }
    else if (action === 'copy-emails') {
      const emails = [...new Set(selectedRows().map((row) => row.email).filter(Boolean))];
      navigator.clipboard
        .writeText(emails.join(', '))
        .then(() => {
          const missing = selectedIds.length - emails.length;
          const without = missing > 0 ? ` (${missing} selected ${missing === 1 ? 'family has' : 'families have'} no email)` : '';
          setNotice({ text: `Copied ${emails.length} ${emails.length === 1 ? 'email' : 'emails'}${without}.` });
        })
        .catch((failure: unknown) => failed(failure, 'Village could not copy to the clipboard. Try again, or export the selection instead.'));
    }
  };

  const undoMerge = (undoId: number) => {
    call('families.unmerge', { undoId })
      .then(({ family }) => done(`Undid the merge: ${parentNames(family)} is back as a family of their own.`))
      .catch((failure: unknown) => failed(failure, 'Village could not undo the merge.'));
  };

  const empty = !loading && rows.length === 0;
  return (
    <section className="page families-page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Families</h1>
          <p className="page-subtitle" aria-live="polite">
            {loading ? 'Loading…' : !complete ? 'Loading all families…' : !narrowed ? `${rows.length} ${rows.length === 1 ? 'family' : 'families'}` : `${shown.length} of ${rows.length} families`}
          </p>
        </div>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            placeholder="Search names, email, phone"
            aria-label="Search families"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="button" className="button-primary" onClick={() => setEditing({ family: null })}>
            Add family
          </button>
        </div>
      </header>

      {!empty && (
        <div className="roster-toolbar">
          <RosterFilters draft={draft} onChange={setDraft} onClear={() => setDraft(emptyDraft(today))} neighborhoods={choices.neighborhoods} tags={choices.tags} active={activeFilters} />
          <div className="roster-tools">
            <ColumnsMenu hidden={hidden} onChange={setHidden} />
            <button type="button" className="button-secondary" onClick={() => setDialog('duplicates')}>
              Find duplicates
            </button>
            <button type="button" className="button-secondary" onClick={() => exportCsv()}>
              Export all (CSV)
            </button>
          </div>
        </div>
      )}

      <div className="notice" role="status" aria-live="polite">
        {notice.text}
        {notice.undoId !== undefined && (
          <button type="button" className="button-link" onClick={() => undoMerge(notice.undoId!)}>
            Undo merge
          </button>
        )}
      </div>
      {(error ?? actionError) && (
        <p className="form-error" role="alert">
          {error ?? actionError}
        </p>
      )}

      {selectedIds.length > 0 && <BulkActions count={selectedIds.length} onAction={runBulk} />}

      {empty && (
        <div className="empty-state">
          <p className="empty-title">Your village starts here</p>
          <p>Bring in the families from your sign-up sheet (Google Forms, SignUpGenius, Eventbrite, Meetup or Excel), or add them one by one.</p>
          <div className="empty-actions">
            <button type="button" className="button-primary" onClick={() => (window.location.hash = '/import')}>
              Import a sign-up sheet
            </button>
            <button type="button" className="button-secondary" onClick={() => setEditing({ family: null })}>
              Add a family
            </button>
          </div>
        </div>
      )}
      {!empty && shown.length === 0 && !loading && (
        <div className="empty-state">
          {complete || error ? (
            <p>{search.trim() !== '' ? `No family matches “${search}”` : 'No family matches'}{activeFilters > 0 ? ' with these filters' : ''}.</p>
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
          onSortingChange={setSorting}
          columnVisibility={columnVisibility}
          selection={selection}
          onSelectionChange={setSelection}
          onOpen={open}
        />
      )}

      {editing && (
        <FamilyDialog
          family={editing.family}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            done(message);
          }}
        />
      )}
      {dialog === 'tag' && (
        <TagDialog
          ids={selectedIds}
          knownTags={choices.tags}
          onClose={() => setDialog(null)}
          onTagged={(message) => {
            setDialog(null);
            done(message);
          }}
        />
      )}
      {dialog === 'invite' && (
        <InviteDialog
          ids={selectedIds}
          onClose={() => setDialog(null)}
          onInvited={(message) => {
            setDialog(null);
            done(message);
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteFamilyDialog
          families={selectedRows().map((row) => ({ id: row.id, name: parentNames(row), kids: row.kids.length }))}
          onCancel={() => setDialog(null)}
          onDeleted={(message) => {
            setDialog(null);
            setSelection({});
            done(message);
          }}
        />
      )}
      {merging.dialog}
      {dialog === 'duplicates' && (
        <DuplicatesDialog
          onClose={() => setDialog(null)}
          onMerged={(message, undoId) => {
            done(message, undoId);
          }}
        />
      )}
    </section>
  );
}

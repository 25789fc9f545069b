import { useId, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Kid } from '../../../shared/domain/families/family';
import { kidsInShowOrder } from '../../../shared/domain/families/roster-filter';
import { ageLabel } from './age-label';
import { kidLabel } from '../../../shared/domain/kid-label';

interface KidChipsProps {
  kids: readonly Kid[];
  today: string;
  /** Kids who match the age filter: shown first and highlighted. */
  matching: ReadonlySet<number>;
  /** The parents' names, for the "+N" button's and the full list's labels. */
  owner: string;
}

function KidChip({ kid, today, match }: { kid: Kid; today: string; match: boolean }) {
  return (
    <li className={`kid-chip${match ? ' kid-match' : ''}`}>
      <span className="kid-name">{kidLabel(kid.name)}</span> <span className="kid-age">{ageLabel(kid, today)}</span>
      {match && <span className="visually-hidden">, matches the age filter</span>}
    </li>
  );
}

/**
 * How many chips fit beside "+N", by family (its kids in show order) and column width. Rows come and go
 * as the organizer types a search or scrolls; a family measured once is not measured again, so a
 * keystroke's new rows cost one layout, not one per measuring pass.
 */
const fits = new Map<string, number>();
/** The kids column has one width for every row: a new row starts from it rather than from 0. */
let columnWidth = 0;

/**
 * A family's kids in a table cell of fixed height: as many whole chips as fit in two lines (never a
 * chip cut mid-word), then "+N" that opens every kid. How many fit is measured once per family and
 * column width, on the few rows on screen only.
 */
export function KidChips({ kids, today, matching, owner }: KidChipsProps) {
  const ordered = useMemo(() => kidsInShowOrder(kids, matching), [kids, matching]);
  const listRef = useRef<HTMLUListElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const [width, setWidth] = useState(columnWidth);
  /** How many chips show beside "+N", for this family and width, while it is being measured. */
  const [trying, setTrying] = useState<{ key: string; count: number } | null>(null);
  /** Every kid is listed in the popover only while it is open: the rows on screen stay small. */
  const [listed, setListed] = useState(false);
  // What the chips say (a renamed kid, a birthday, a highlight) changes how many fit.
  const key = `${ordered.map((kid) => `${kid.id}:${kidLabel(kid.name)}:${ageLabel(kid, today)}:${matching.has(kid.id)}`).join(',')}|${width}`;
  const known = fits.get(key);
  const count = known ?? (trying?.key === key ? trying.count : ordered.length);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(() => {
      // Fits at another width are no use any more (and a window dragged wider would pile them up).
      if (list.clientWidth !== columnWidth) fits.clear();
      columnWidth = list.clientWidth;
      setWidth(columnWidth);
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || known !== undefined || width === 0) return;
    // Measured against the list's own box (offsetTop would count from the table cell).
    const box = list.getBoundingClientRect();
    const outside = [...list.children].findIndex((item) => {
      const rect = item.getBoundingClientRect();
      return rect.bottom > box.top + list.clientHeight + 1 || rect.right > box.left + list.clientWidth + 1;
    });
    // Everything in view; or, the first time, chips up to the first that does not fit, then "+N";
    // then one chip fewer at a time until "+N" fits too. The first kid always shows.
    const next = outside === -1 ? count : count === ordered.length ? Math.max(1, outside) : Math.max(1, count - 1);
    if (outside === -1 || next === count) fits.set(key, next);
    // Settled with what is drawn already: nothing to draw again.
    if (next !== count) setTrying({ key, count: next });
  }, [known, count, key, width, ordered.length]);

  const hidden = ordered.length - count;
  const place = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    // Under the button, in the top layer, so no cell or scroll box cuts it.
    const rect = event.currentTarget.getBoundingClientRect();
    const popover = popoverRef.current;
    if (!popover) return;
    popover.style.left = `${Math.min(rect.left, window.innerWidth - 260)}px`;
    popover.style.top = `${Math.min(rect.bottom + 4, window.innerHeight - 200)}px`;
    // Drawn within this click, before the button's popovertarget shows the popover.
    setListed(true);
  };

  return (
    <>
      <ul className="kid-list" ref={listRef}>
        {ordered.slice(0, count).map((kid, index) => (
          // By place, not by kid: a row filled with another family (a keystroke) changes the chips' text
          // rather than removing them and building new ones.
          <KidChip key={index} kid={kid} today={today} match={matching.has(kid.id)} />
        ))}
        {hidden > 0 && (
          <li className="kid-more">
            <button
              type="button"
              className="kid-more-button"
              popoverTarget={popoverId}
              aria-label={`${hidden} more ${hidden === 1 ? 'kid' : 'kids'} of ${owner}`}
              onClick={place}
            >
              +{hidden}
            </button>
          </li>
        )}
      </ul>
      {/* Kept while the cell is re-measured (a window resize), so an open list does not vanish. */}
      {ordered.length > 1 && (
        <div
          id={popoverId}
          ref={popoverRef}
          popover="auto"
          className="kids-popover"
          onClick={(event) => event.stopPropagation()}
          onToggle={(event) => event.newState === 'closed' && setListed(false)}
        >
          {listed && (
            <ul className="kid-list" aria-label={`Every kid of ${owner}`}>
              {ordered.map((kid, index) => (
                <KidChip key={index} kid={kid} today={today} match={matching.has(kid.id)} />
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

import { useLayoutEffect, useRef } from 'react';

/**
 * Read by `npm run bench`: from opening Village to the frame that shows the first families, and the
 * frame once all of them are searchable.
 */
export function useRowsShownMarks(hasRows: boolean, complete: boolean): void {
  const marked = useRef({ first: false, all: false });
  useLayoutEffect(() => {
    if (!marked.current.first && hasRows) {
      marked.current.first = true;
      performance.mark('village:families-rows-committed');
      requestAnimationFrame(() => performance.mark('village:families-rows-shown'));
    }
    if (!marked.current.all && complete) {
      marked.current.all = true;
      requestAnimationFrame(() => performance.mark('village:families-all-shown'));
    }
  }, [hasRows, complete]);
}

/**
 * The families screen's dialogs, loaded when first opened: none of them is on the first screen, and
 * together (with the kid fields, the merge plan and the name matching they bring) they are script the
 * browser would otherwise compile before the first rows.
 */
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * Each dialog waits for its own code in its own boundary, so the page stays as it is meanwhile (the
 * app's boundary would swap the whole page for "Loading…").
 */
function loadedWhenOpened<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LoadedWhenOpened(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const FamilyDialog = loadedWhenOpened(() => import('./FamilyDialog').then((module) => module.FamilyDialog));
export const DuplicatesDialog = loadedWhenOpened(() =>
  import('./DuplicatesDialog').then((module) => module.DuplicatesDialog),
);
export const InviteDialog = loadedWhenOpened(() => import('./InviteDialog').then((module) => module.InviteDialog));
export const TagDialog = loadedWhenOpened(() => import('./TagDialog').then((module) => module.TagDialog));
export const MergeDialog = loadedWhenOpened(() => import('./MergeDialog').then((module) => module.MergeDialog));

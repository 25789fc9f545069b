import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';

export interface FamilyToDelete {
  id: number;
  name: string;
  kids: number;
}

interface DeleteFamilyDialogProps {
  families: FamilyToDelete[];
  onCancel: () => void;
  onDeleted: (message: string) => void;
}

/** Confirms deleting one family or a selection: everything about them goes, for good. */
export function DeleteFamilyDialog({ families, onCancel, onDeleted }: DeleteFamilyDialogProps) {
  const one = families.length === 1 ? families[0]! : null;
  const kids = families.reduce((sum, family) => sum + family.kids, 0);
  const who = one ? one.name : `${families.length} families`;
  const theirKids = kids > 0 ? `, their ${kids === 1 ? 'kid' : `${kids} kids`}` : '';
  return (
    <ConfirmDialog
      title={`Delete ${who}?`}
      keepLabel={one ? 'Keep family' : 'Keep them'}
      confirmLabel="Delete for good"
      danger
      failure="Village could not delete this family."
      onCancel={onCancel}
      onConfirm={() =>
        call('families.delete', { ids: families.map((family) => family.id) }).then(({ deleted }) =>
          onDeleted(
            one
              ? `Deleted ${one.name} and everything about their family.`
              : `Deleted ${deleted} families and everything about them.`,
          ),
        )
      }
    >
      <p>
        This removes {who}
        {theirKids}, and all their RSVPs and attendance from Village for good, backups included. It cannot be undone.
      </p>
    </ConfirmDialog>
  );
}

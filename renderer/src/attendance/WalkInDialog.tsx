import { useState } from 'react';
import type { CheckInFamily, SessionAttendance } from '../../../shared/api/methods/attendance';
import type { WalkInMatchReason } from '../../../shared/domain/attendance/walk-in-match';
import type { KidInput } from '../../../shared/api/schemas';
import { localToday } from '../../../shared/domain/calendar-date';
import { emptyKidDraft, kidFromDraft } from '../../../shared/domain/families/kid-entry';
import { call } from '../api/client';
import { InputField } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { refusedFields } from '../../../shared/api/field-issues';
import { walkInSchema } from '../../../shared/api/methods/attendance';
import { Modal } from '../components/Modal';
import { parentNames } from '../../../shared/domain/families/family';
import { attempt } from './useAttendance';
import { kidLabel } from '../../../shared/domain/kid-label';
import { SubmitForm } from '../components/SubmitForm';

interface KidRow {
  name: string;
  years: string;
  months: string;
  /** A baby on the way: a due date instead of an age. */
  onTheWay: boolean;
  dueDate: string;
}

const EMPTY_KID: KidRow = { name: '', years: '', months: '', onTheWay: false, dueDate: '' };

interface WalkInDialogProps {
  sessionId: number;
  initialName: string;
  onClose: () => void;
  onAdded: (view: SessionAttendance & { familyId: number }, parentName: string) => void;
  /** She said the walk-in is a family Village knows: check that one in instead. */
  onKnownFamily: (family: CheckInFamily) => void;
}

const MATCH_REASONS: Record<WalkInMatchReason, (family: CheckInFamily) => string> = {
  email: (family) => `Same email: ${family.email}`,
  phone: (family) => `Same phone: ${family.phone}`,
  'name-and-kid': () => 'Similar name and the same kid',
};

/** A new family met at the park, in a few seconds: a name, maybe an email or phone, the kids' ages. */
export function WalkInDialog({ sessionId, initialName, onClose, onAdded, onKnownFamily }: WalkInDialogProps) {
  const [parentName, setParentName] = useState(initialName.trim());
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [kids, setKids] = useState<KidRow[]>([EMPTY_KID]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  /** Families this walk-in may already be; null until asked, [] once she said it is someone new. */
  const [matches, setMatches] = useState<{ family: CheckInFamily; reason: WalkInMatchReason }[] | null>(null);
  const [newFamily, setNewFamily] = useState(false);

  // What she typed changed: the families it matched may not match any more.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setMatches(null);
    };
  const setKid = (index: number, change: Partial<KidRow>) => {
    setKids((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
    setMatches(null);
  };

  async function save() {
    const today = localToday();
    const found: Record<string, string> = {};
    const kidInputs: KidInput[] = [];
    /** The form row of each kid sent (rows left empty are not). */
    const kidRows: number[] = [];
    kids.forEach((kid, index) => {
      if (kid.name.trim() === '' && kid.years.trim() === '' && kid.months.trim() === '' && !kid.onTheWay) return;
      const draft = kid.onTheWay
        ? { mode: 'due' as const, dueDate: kid.dueDate }
        : { mode: 'age' as const, ageYears: kid.years, ageMonths: kid.months };
      const result = kidFromDraft({ ...emptyKidDraft(), name: kid.name, ...draft }, today);
      if (result.ok) {
        kidInputs.push(result.kid);
        kidRows.push(index);
      } else found[`kids.${index}`] = result.message;
    });
    // The API's own schema says what it would refuse, every field at once.
    const refused = refusedFields(
      walkInSchema,
      { sessionId, parentName, email, phone, kids: kidInputs },
      ([first = 'form', index, field]) => {
        if (first !== 'kids' || index === undefined) return first;
        return field === 'name' ? `kids.${kidRows[Number(index)]}.name` : `kids.${kidRows[Number(index)]}`;
      },
    );
    for (const [field, message] of Object.entries(refused)) found[field] ??= message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    if (!newFamily) {
      // Before adding a "first-timer", make sure she is not someone Village already knows.
      const found = await attempt(() =>
        call('attendance.walkInMatches', { sessionId, parentName, email, phone, kids: kidInputs }),
      );
      if (found.ok && found.value.length > 0) {
        setSaving(false);
        setMatches(found.value);
        return;
      }
    }
    const result = await attempt(() =>
      call('attendance.walkIn', { sessionId, parentName, email, phone, kids: kidInputs }),
    );
    setSaving(false);
    if (!result.ok) {
      setErrors({ [result.field?.startsWith('kids') ? 'kids.0' : (result.field ?? 'form')]: result.message });
      return;
    }
    onAdded(result.value, parentName.trim());
  }

  return (
    <Modal title="New family (walk-in)" onClose={onClose}>
      <SubmitForm errors={errors} onSubmit={save}>
        <FormError message={errors.form} />
        <div className="form-grid">
          <InputField
            label="Parent or caregiver"
            error={errors.parentName}
            fieldClassName="span-2"
            autoFocus
            value={parentName}
            onValue={edited(setParentName)}
          />
          <InputField
            label="Email (optional)"
            error={errors.email}
            type="email"
            value={email}
            onValue={edited(setEmail)}
          />
          <InputField
            label="Phone (optional)"
            error={errors.phone}
            type="tel"
            value={phone}
            onValue={edited(setPhone)}
          />
        </div>
        <h3 className="section-title">Kids</h3>
        {kids.map((kid, index) => (
          <div className="walk-in-kid" key={index}>
            <InputField
              label={`Kid ${index + 1} name (optional)`}
              error={errors[`kids.${index}.name`]}
              value={kid.name}
              onValue={(name) => setKid(index, { name })}
            />
            {kid.onTheWay ? (
              <InputField
                label={`Kid ${index + 1} due date`}
                error={errors[`kids.${index}`]}
                fieldClassName="walk-in-due-date"
                type="date"
                min={localToday()}
                value={kid.dueDate}
                onValue={(dueDate) => setKid(index, { dueDate })}
              />
            ) : (
              (['years', 'months'] as const).map((unit) => (
                <InputField
                  key={unit}
                  label={unit === 'years' ? 'Years' : 'Months'}
                  // The age's message shows once, under the years.
                  error={unit === 'years' ? errors[`kids.${index}`] : undefined}
                  inputMode="numeric"
                  className="age-input"
                  value={kid[unit]}
                  onValue={(value) => setKid(index, { [unit]: value })}
                />
              ))
            )}
            <label className="walk-in-due">
              <input
                type="checkbox"
                checked={kid.onTheWay}
                aria-label={`Kid ${index + 1} is on the way`}
                onChange={(event) => setKid(index, { onTheWay: event.target.checked })}
              />
              On the way
            </label>
          </div>
        ))}
        <button type="button" className="button-quiet" onClick={() => setKids((rows) => [...rows, EMPTY_KID])}>
          + Another kid
        </button>
        {matches !== null && matches.length > 0 && !newFamily && (
          <div className="walk-in-matches" role="alert">
            {matches.map(({ family, reason }) => (
              <div key={family.familyId} className="walk-in-match">
                <p className="walk-in-match-question">Is this {parentNames(family)}?</p>
                <p className="muted">
                  {MATCH_REASONS[reason](family)}
                  {family.kids.length > 0 &&
                    ` · ${family.kids.map((kid) => `${kidLabel(kid.name)} ${kid.age}`).join(', ')}`}
                  {family.checkedIn && ' · already checked in'}
                </p>
                <button type="button" className="button-primary" onClick={() => onKnownFamily(family)}>
                  {family.checkedIn ? `Yes, that’s ${family.parentName}` : `Yes, check in ${family.parentName}`}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setNewFamily(true);
                setMatches([]);
              }}
            >
              No, {matches.length === 1 ? 'this is' : 'none of these:'} a new family
            </button>
          </div>
        )}
        <FormActions
          saving={saving}
          submitLabel="Check in as first-timer"
          // A possible match must be answered (it is her, or a new family) before checking in.
          disabled={matches !== null && matches.length > 0 && !newFamily}
          onCancel={onClose}
        />
      </SubmitForm>
    </Modal>
  );
}

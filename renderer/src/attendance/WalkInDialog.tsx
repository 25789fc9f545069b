import { useState } from 'react';
import type { SessionAttendance } from '../../../shared/api/methods/attendance';
import type { KidInput } from '../../../shared/api/schemas';
import { localToday } from '../../../shared/domain/calendar-date';
import { emptyKidDraft, kidFromDraft } from '../../../shared/domain/kid-entry';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';
import { attempt } from './useAttendance';

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
  onAdded: (view: SessionAttendance, parentName: string) => void;
}

/** A new family met at the park, in a few seconds: a name, maybe an email or phone, the kids' ages. */
export function WalkInDialog({ sessionId, initialName, onClose, onAdded }: WalkInDialogProps) {
  const [parentName, setParentName] = useState(initialName.trim());
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [kids, setKids] = useState<KidRow[]>([EMPTY_KID]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const setKid = (index: number, change: Partial<KidRow>) => setKids((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  async function save() {
    const today = localToday();
    const found: Record<string, string> = {};
    const kidInputs: KidInput[] = [];
    kids.forEach((kid, index) => {
      if (kid.name.trim() === '' && kid.years.trim() === '' && kid.months.trim() === '' && !kid.onTheWay) return;
      const draft = kid.onTheWay ? { mode: 'due' as const, dueDate: kid.dueDate } : { mode: 'age' as const, ageYears: kid.years, ageMonths: kid.months };
      const result = kidFromDraft({ ...emptyKidDraft(), name: kid.name, ...draft }, today);
      if (result.ok) kidInputs.push(result.kid);
      else found[`kids.${index}`] = result.message;
    });
    if (parentName.trim() === '') found.parentName = "Please enter the parent's or caregiver's name.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const result = await attempt(() => call('attendance.walkIn', { sessionId, parentName, email, phone, kids: kidInputs }));
    setSaving(false);
    if (!result.ok) {
      setErrors({ [result.field?.startsWith('kids') ? 'kids.0' : (result.field ?? 'form')]: result.message });
      return;
    }
    onAdded(result.value, parentName.trim());
  }

  return (
    <Modal title="New family (walk-in)" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form-grid">
          <Field label="Parent or caregiver" error={errors.parentName} className="span-2">
            {(props) => <input {...props} autoFocus value={parentName} onChange={(event) => setParentName(event.target.value)} />}
          </Field>
          <Field label="Email (optional)" error={errors.email}>
            {(props) => <input {...props} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
          </Field>
          <Field label="Phone (optional)" error={errors.phone}>
            {(props) => <input {...props} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
          </Field>
        </div>
        <h3 className="section-title">Kids</h3>
        {kids.map((kid, index) => (
          <div className="walk-in-kid" key={index}>
            <Field label={`Kid ${index + 1} name (optional)`}>
              {(props) => <input {...props} value={kid.name} onChange={(event) => setKid(index, { name: event.target.value })} />}
            </Field>
            {kid.onTheWay ? (
              <Field label={`Kid ${index + 1} due date`} error={errors[`kids.${index}`]} className="walk-in-due-date">
                {(props) => <input {...props} type="date" min={localToday()} value={kid.dueDate} onChange={(event) => setKid(index, { dueDate: event.target.value })} />}
              </Field>
            ) : (
              <>
                <Field label="Years" error={errors[`kids.${index}`]}>
                  {(props) => <input {...props} inputMode="numeric" className="age-input" value={kid.years} onChange={(event) => setKid(index, { years: event.target.value })} />}
                </Field>
                <Field label="Months">
                  {(props) => <input {...props} inputMode="numeric" className="age-input" value={kid.months} onChange={(event) => setKid(index, { months: event.target.value })} />}
                </Field>
              </>
            )}
            <label className="walk-in-due">
              <input type="checkbox" checked={kid.onTheWay} aria-label={`Kid ${index + 1} is on the way`} onChange={(event) => setKid(index, { onTheWay: event.target.checked })} />
              On the way
            </label>
          </div>
        ))}
        <button type="button" className="button-quiet" onClick={() => setKids((rows) => [...rows, EMPTY_KID])}>
          + Another kid
        </button>
        <div className="dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={saving}>
            Check in as first-timer
          </button>
        </div>
      </form>
    </Modal>
  );
}

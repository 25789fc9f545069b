import { describe, expect, it } from 'vitest';
import { draftFromKid, emptyKidDraft, kidFromDraft, type KidDraft } from '../../shared/domain/families/kid-entry';

const today = '2026-11-23';
const draft = (patch: Partial<KidDraft>): KidDraft => ({ ...emptyKidDraft(), name: 'Mia', ...patch });

describe('kidFromDraft', () => {
  it.each([
    [draft({ mode: 'date', birthDate: '2024-08-20' }), { name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
    [
      draft({ mode: 'month', birthMonth: '2024-03' }),
      { name: 'Mia', birthDate: '2024-03-01', birthPrecision: 'month' },
    ],
    [
      draft({ mode: 'age', ageYears: '2', ageMonths: '3' }),
      { name: 'Mia', birthDate: '2024-08-23', birthPrecision: 'estimated-month' },
    ],
    [
      draft({ mode: 'age', ageMonths: '18' }),
      { name: 'Mia', birthDate: '2025-05-23', birthPrecision: 'estimated-month' },
    ],
    [draft({ mode: 'age', ageYears: '3' }), { name: 'Mia', birthDate: '2023-05-23', birthPrecision: 'estimated-year' }],
    [
      draft({ id: 7, name: '  Leo ', mode: 'date', birthDate: '2022-01-31' }),
      { id: 7, name: 'Leo', birthDate: '2022-01-31', birthPrecision: 'day' },
    ],
    [
      draft({ name: '', mode: 'due', dueDate: '2027-03-14' }),
      { name: '', birthDate: '2027-03-14', birthPrecision: 'day' },
    ],
    [draft({ name: '', mode: 'due', dueDate: today }), { name: '', birthDate: today, birthPrecision: 'day' }],
    [
      draft({ name: '', mode: 'due', dueDate: '2027-09-23' }),
      { name: '', birthDate: '2027-09-23', birthPrecision: 'day' },
    ],
  ])('%o → %o', (input, kid) => {
    expect(kidFromDraft(input, today)).toEqual({ ok: true, kid });
  });

  it.each([
    [draft({ mode: 'date', birthDate: '' }), 'birthDate'],
    [draft({ mode: 'date', birthDate: '2023-02-29' }), 'birthDate'],
    [draft({ mode: 'month', birthMonth: '2024-13' }), 'birthMonth'],
    [draft({ mode: 'age' }), 'age'],
    [draft({ mode: 'age', ageYears: 'two' }), 'age'],
    [draft({ mode: 'age', ageYears: '1', ageMonths: '30' }), 'age'],
    [draft({ mode: 'date', birthDate: '2026-12-01' }), 'birthDate'],
    [draft({ mode: 'due' }), 'dueDate'],
    [draft({ mode: 'due', dueDate: '2026-11-22' }), 'dueDate'],
    [draft({ mode: 'due', dueDate: '2027-09-24' }), 'dueDate'],
  ])('refuses %o, pointing at %s', (input, field) => {
    const result = kidFromDraft(input, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('keeps a stored estimate as it was when its age is not retyped', () => {
    const stored = { id: 3, name: 'Anika', birthDate: '2025-03-01', birthPrecision: 'estimated-month' as const };
    const round = kidFromDraft(draftFromKid(stored, today), today);
    expect(round).toEqual({ ok: true, kid: stored });
  });

  it('opens a baby on the way with its due date, and a born one with its birth date', () => {
    expect(draftFromKid({ name: '', birthDate: '2027-03-14', birthPrecision: 'day' }, today)).toMatchObject({
      mode: 'due',
      dueDate: '2027-03-14',
    });
    expect(draftFromKid({ name: 'Ada', birthDate: '2026-11-01', birthPrecision: 'day' }, today)).toMatchObject({
      mode: 'date',
      birthDate: '2026-11-01',
    });
    const due = { id: 4, name: '', birthDate: '2027-03-14', birthPrecision: 'day' as const };
    expect(kidFromDraft(draftFromKid(due, today), today)).toEqual({ ok: true, kid: due });
  });

  it('round-trips exact and month-only birth dates', () => {
    for (const stored of [
      { id: 1, name: 'A', birthDate: '2024-02-29', birthPrecision: 'day' as const },
      { id: 2, name: 'B', birthDate: '2023-07-01', birthPrecision: 'month' as const },
    ]) {
      expect(kidFromDraft(draftFromKid(stored, today), today)).toEqual({ ok: true, kid: stored });
    }
  });
});

describe('familyInputFromDraft', () => {
  it('skips the spare empty kid row and reports problems by form field', async () => {
    const { emptyFamilyDraft, familyInputFromDraft, formFieldForApiField } =
      await import('../../shared/domain/families/family-entry');
    const draft = {
      ...emptyFamilyDraft(),
      parentName: 'Dana',
      kids: [emptyKidDraft(), { ...emptyKidDraft(), name: 'Mia', mode: 'month' as const, birthMonth: '2024-03' }],
    };
    expect(familyInputFromDraft(draft, today)).toMatchObject({
      ok: true,
      input: { parentName: 'Dana', kids: [{ name: 'Mia', birthDate: '2024-03-01', birthPrecision: 'month' }] },
    });
    // The API numbers kids without the blank row; the form numbers them as shown.
    expect(formFieldForApiField('kids.0.birthDate', draft)).toBe('kids.1.birthMonth');
    expect(formFieldForApiField('email', draft)).toBe('email');

    const bad = { ...draft, parentName: ' ', kids: [{ ...emptyKidDraft(), name: 'Leo', mode: 'date' as const }] };
    expect(familyInputFromDraft(bad, today)).toEqual({
      ok: false,
      errors: { parentName: expect.any(String), 'kids.0.birthDate': expect.any(String) },
    });
  });
});

describe('familyInputFromDraft checks the draft with the API schema', () => {
  const filled = async () => {
    const { emptyFamilyDraft } = await import('../../shared/domain/families/family-entry');
    return {
      ...emptyFamilyDraft(),
      parentName: 'Dana',
      kids: [emptyKidDraft(), { ...emptyKidDraft(), name: 'Mia', mode: 'month' as const, birthMonth: '2024-03' }],
    };
  };
  it.each([
    [{ parentName: '   ' }, 'parentName', "Please enter the parent's or caregiver's name."],
    [{ email: 'dana@' }, 'email', 'The email address does not look right (it should be like name@example.org).'],
    [{ parentName: 'D'.repeat(201) }, 'parentName', "The parent's name is too long (at most 200 characters)."],
    [{ phone: '5'.repeat(41) }, 'phone', 'The phone number is too long (at most 40 characters).'],
    [{ tags: 'regular, ' + 't'.repeat(41) }, 'tags', 'The tag is too long (at most 40 characters).'],
  ])('%j → %s: %s', async (patch, field, message) => {
    const { familyInputFromDraft } = await import('../../shared/domain/families/family-entry');
    expect(familyInputFromDraft({ ...(await filled()), ...patch }, today)).toEqual({
      ok: false,
      errors: { [field]: message },
    });
  });

  it("names a kid's field as the form shows it (the spare row counted)", async () => {
    const { familyInputFromDraft } = await import('../../shared/domain/families/family-entry');
    const draft = await filled();
    draft.kids[1] = { ...draft.kids[1]!, name: 'M'.repeat(101) };
    expect(familyInputFromDraft(draft, today)).toEqual({
      ok: false,
      errors: { 'kids.1.name': "The kid's name is too long (at most 100 characters)." },
    });
  });

  it('reports a hidden character in the notes by field', async () => {
    const { familyInputFromDraft } = await import('../../shared/domain/families/family-entry');
    const result = familyInputFromDraft({ ...(await filled()), notes: 'Peanut\u202Eallergy' }, today);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors)).toEqual(['notes']);
  });
});

describe('tagsFromText', () => {
  it.each([
    ['', []],
    ['regular', ['regular']],
    [' regular, Newsletter ,, REGULAR ', ['regular', 'Newsletter']],
  ])('%j → %j', async (text, tags) => {
    const { tagsFromText } = await import('../../shared/domain/families/family-entry');
    expect(tagsFromText(text)).toEqual(tags);
  });
});

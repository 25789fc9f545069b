import { describe, expect, it } from 'vitest';
import type { Kid } from '../../shared/domain/families/family';
import { planMerge, type MergeChoices, type MergeFamily } from '../../shared/domain/families/family-merge-plan';

let nextKid = 1;
const kid = (name: string, birthDate: string, birthPrecision: Kid['birthPrecision'] = 'day'): Kid => ({
  id: nextKid++,
  name,
  birthDate,
  birthPrecision,
});
const family = (patch: Partial<MergeFamily>): MergeFamily => ({
  parentName: '',
  secondParentName: '',
  email: '',
  phone: '',
  neighborhood: '',
  notes: '',
  kids: [],
  ...patch,
});

describe('planMerge', () => {
  const jessica = family({
    parentName: 'Jessica Moreau',
    email: 'jessica@example.org',
    kids: [kid('Lily', '2023-05-10'), kid('Rose', '2023-05-10')],
  });
  const jess = family({
    parentName: 'Jess Moreau',
    email: 'jess.m@example.org',
    phone: '555 201 3344',
    kids: [kid('', '2023-06-01', 'estimated-year'), kid('', '2023-06-01', 'estimated-year')],
  });
  const priya = family({ parentName: 'Priya Natarajan', phone: '555-777-1212', kids: [kid('Anika', '2025-01-15')] });
  const pria = family({
    parentName: 'Pria',
    phone: '(555) 777 1212',
    kids: [kid('Anika', '2025-01-01', 'estimated-month')],
  });
  const dana = family({ parentName: 'Dana Reyes', notes: 'Swings!', kids: [kid('Mia', '2024-08-20')] });
  const marco = family({
    parentName: 'Marco Reyes',
    notes: 'Swings!',
    neighborhood: 'Maple Heights',
    kids: [kid('Mia', '2024-08-01', 'month')],
  });

  it.each<{
    case: string;
    kept: MergeFamily;
    merged: MergeFamily;
    choices?: MergeChoices;
    values: object;
    kids: string[];
    conflicts: string[];
  }>([
    {
      case: 'Jess into Jessica: one parent, the twins are Lily and Rose, her pick of email',
      kept: jessica,
      merged: jess,
      choices: { fields: { email: 'merged' } },
      values: {
        parentName: 'Jessica Moreau',
        secondParentName: '',
        email: 'jess.m@example.org',
        phone: '555 201 3344',
      },
      kids: ['Lily 2023-05-10', 'Rose 2023-05-10'],
      conflicts: ['parentName', 'email'],
    },
    {
      case: 'she picks the other spelling of the parent',
      kept: jessica,
      merged: jess,
      choices: { fields: { parentName: 'merged' } },
      values: { parentName: 'Jess Moreau', secondParentName: '', email: 'jessica@example.org' },
      kids: ['Lily 2023-05-10', 'Rose 2023-05-10'],
      conflicts: ['parentName', 'email'],
    },
    {
      case: 'a walk-in "Pria" into Priya: one parent, Anika once with the exact birth; the same phone is no conflict',
      kept: priya,
      merged: pria,
      values: { parentName: 'Priya Natarajan', secondParentName: '', phone: '555-777-1212' },
      kids: ['Anika 2025-01-15'],
      conflicts: ['parentName'],
    },
    {
      case: 'the other parent signed the other record: second parent, notes not doubled, empty filled',
      kept: dana,
      merged: marco,
      values: {
        parentName: 'Dana Reyes',
        secondParentName: 'Marco Reyes',
        neighborhood: 'Maple Heights',
        notes: 'Swings!',
      },
      kids: ['Mia 2024-08-20'],
      conflicts: [],
    },
    {
      case: 'she says the kids are not the same: both kept',
      kept: priya,
      merged: pria,
      choices: { separateKids: [pria.kids[0]!.id] },
      values: { parentName: 'Priya Natarajan' },
      kids: ['Anika 2025-01-15', 'Anika 2025-01-01'],
      conflicts: ['parentName'],
    },
  ])('$case', ({ kept, merged, choices, values, kids, conflicts }) => {
    const plan = planMerge(kept, merged, choices);
    expect(plan.values).toMatchObject(values);
    expect(plan.kids.map((k) => `${k.name} ${k.birthDate}`)).toEqual(kids);
    expect(plan.conflicts.map((conflict) => conflict.field)).toEqual(conflicts);
  });
});

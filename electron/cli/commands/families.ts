import fs from 'node:fs';
import path from 'node:path';
import { formatAge } from '../../../shared/domain/age';
import { localToday } from '../../../shared/domain/calendar-date';
import { parentNames } from '../../../shared/domain/families/family';
import { RejectedError, UsageError } from '../cli-errors';
import { parseKidSpec } from '../kid-spec';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import { PRIVATE_FILE_MODE } from '../../core/files/private-files';
import type { Command } from './command';
import { kidLabel } from '../../../shared/domain/kid-label';

export const familiesListCommand: Command = {
  name: 'families list',
  usage: `families list [--json] [--search TEXT]
    List families and their kids, with each kid's age today.`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' }, search: { type: 'string' } });
    return withCore(values.db, ({ call }) => {
      const families = call('families.list', { search: values.search ?? '' });
      if (values.json) {
        io.out(JSON.stringify(families, null, 2));
        return 0;
      }
      if (families.length === 0) io.out('No families yet.');
      const today = localToday();
      for (const family of families) {
        const kids = family.kids
          .map((kid) => `${kidLabel(kid.name)} (${formatAge(kid.birthDate, kid.birthPrecision, today)})`)
          .join(', ');
        io.out(
          [`#${family.id} ${parentNames(family)}`, family.email, family.phone, family.neighborhood, kids]
            .filter(Boolean)
            .join(' · '),
        );
      }
      return 0;
    });
  },
};

export const familiesAddCommand: Command = {
  name: 'families add',
  usage: `families add --parent NAME [--second-parent NAME] [--email E] [--phone P]
             [--neighborhood N] [--notes TEXT] [--kid NAME:WHEN]... [--json]
    Add a family. WHEN is a birth date (2024-03-15), a birth month (2024-03),
    or an age today (18m, 3y, 2y3m, 6w).`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('parent', 'second-parent', 'email', 'phone', 'neighborhood', 'notes'),
      kid: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    if (values.parent === undefined) throw new UsageError('families add needs --parent NAME.');
    const kids = (values.kid ?? []).map((spec) => parseKidSpec(spec));
    return withCore(values.db, ({ call }) => {
      const family = call('families.create', {
        parentName: values.parent!,
        secondParentName: values['second-parent'] ?? '',
        email: values.email ?? '',
        phone: values.phone ?? '',
        neighborhood: values.neighborhood ?? '',
        notes: values.notes ?? '',
        kids,
      });
      const count = family.kids.length;
      io.out(
        values.json
          ? JSON.stringify(family, null, 2)
          : `Added family #${family.id}: ${family.parentName} with ${count} kid${count === 1 ? '' : 's'}.`,
      );
      return 0;
    });
  },
};

export const familiesExportCommand: Command = {
  name: 'families export',
  usage: `families export --out FILE
    Save every family and kid as a CSV file for a spreadsheet (never overwrites a file).`,
  run(args, io) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    if (!values.out) throw new UsageError('families export needs --out FILE.');
    const target = path.resolve(values.out);
    return withCore(values.db, ({ call }) => {
      const { csv, families } = call('families.exportCsv', {});
      try {
        // "wx": fail rather than overwrite whatever is there.
        fs.writeFileSync(target, `\uFEFF${csv}`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new RejectedError(
          code === 'EEXIST'
            ? `${target} already exists; Village will not overwrite it. Choose another file name.`
            : `Village could not write ${target} (${code ?? 'error'}).`,
        );
      }
      io.out(`Saved ${families} ${families === 1 ? 'family' : 'families'} to ${target}.`);
      return 0;
    });
  },
};

import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import type { Command } from './command';

export const parksListCommand: Command = {
  name: 'parks list',
  usage: `parks list [--json] [--all]
    List parks (--all includes archived ones).`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' }, all: { type: 'boolean' } });
    return withCore(values.db, ({ call }) => {
      const parks = call('parks.list', { includeArchived: values.all ?? false });
      if (values.json) {
        io.out(JSON.stringify(parks, null, 2));
        return 0;
      }
      if (parks.length === 0) io.out('No parks yet.');
      for (const park of parks)
        io.out([`#${park.id} ${park.name}`, park.address, park.archived ? 'archived' : ''].filter(Boolean).join(' · '));
      return 0;
    });
  },
};

export const parksAddCommand: Command = {
  name: 'parks add',
  usage: `parks add --name NAME [--address A] [--notes TEXT] [--map-url URL] [--json]
    Add a park.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('name', 'address', 'notes', 'map-url'),
      json: { type: 'boolean' },
    });
    if (values.name === undefined) throw new UsageError('parks add needs --name NAME.');
    return withCore(values.db, ({ call }) => {
      const park = call('parks.create', {
        name: values.name!,
        address: values.address ?? '',
        notes: values.notes ?? '',
        mapUrl: values['map-url'] ?? '',
      });
      io.out(values.json ? JSON.stringify(park, null, 2) : `Added park #${park.id}: ${park.name}.`);
      return 0;
    });
  },
};

import type { MethodParams } from '../../../shared/api/contract';
import { neighborhoodKey } from '../../../shared/domain/connections/neighborhoods';
import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import type { Command } from './command';

/** A number option as given; a word the API cannot read is refused by the API, naming the field. */
function numberOption(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export const connectionsPairsCommand: Command = {
  name: 'connections pairs',
  usage: `connections pairs [--family ID] [--json]
    Time together for each pair of families (sessions both came to, hours), most first,
    and where each pair is on the way to friendship (~50 h casual friends, 90 h friends, 200 h close).`,
  run(args, io) {
    const { values } = parseOptions(args, { family: { type: 'string' }, json: { type: 'boolean' } });
    const familyId = values.family === undefined ? undefined : numberOption(values.family);
    if (familyId !== undefined && (!Number.isInteger(familyId) || familyId <= 0)) {
      throw new UsageError('--family needs the number of a family.');
    }
    return withCore(values.db, ({ call }) => {
      const pairs = call('connections.pairs', { ...(familyId === undefined ? {} : { familyId }), limit: 100_000 });
      if (values.json) {
        io.out(JSON.stringify(pairs, null, 2));
        return 0;
      }
      if (pairs.length === 0) io.out('No two families have come to the same session yet.');
      for (const pair of pairs) {
        io.out(
          `#${pair.familyId} ${pair.parentName} & #${pair.otherFamilyId} ${pair.otherParentName} · ${pair.together} · ${pair.path}`,
        );
      }
      return 0;
    });
  },
};

export const connectionsCirclesCommand: Command = {
  name: 'connections circles',
  usage: `connections circles [--size 5] [--max-age-gap-months 6] [--on DATE] [--seed N] [--json]
    Proposes circles of families (size 2–12) with kids close in age on DATE (default today), in the
    same or neighboring neighborhoods, with their reasons. Nothing is saved; the same seed gives the
    same circles.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('size', 'max-age-gap-months', 'on', 'seed'),
      json: { type: 'boolean' },
    });
    const params: NonNullable<MethodParams<'connections.proposeCircles'>> = {};
    if (values.size !== undefined) params.size = numberOption(values.size);
    if (values['max-age-gap-months'] !== undefined) params.maxAgeGapMonths = numberOption(values['max-age-gap-months']);
    if (values.on !== undefined) params.on = values.on;
    if (values.seed !== undefined) params.seed = numberOption(values.seed);
    return withCore(values.db, ({ call }) => {
      const proposal = call('connections.proposeCircles', params);
      if (values.json) {
        io.out(JSON.stringify(proposal, null, 2));
        return 0;
      }
      io.out(
        `Circles of about ${proposal.size} families, kids within ${proposal.maxAgeGapMonths} months on ${proposal.on} (seed ${proposal.seed})`,
      );
      if (proposal.lockedCircles > 0) io.out(`${proposal.lockedCircles} locked circle(s) kept as they are.`);
      if (proposal.circles.length === 0) io.out('No families to place yet.');
      proposal.circles.forEach((circle, index) => {
        io.out('');
        io.out(`Circle ${index + 1} · ${circle.families.length} families · score ${circle.score}`);
        io.out(`  ${circle.summary}`);
        for (const family of circle.families)
          io.out(`  #${family.familyId} ${family.parentName}${family.neighborhood ? ` (${family.neighborhood})` : ''}`);
      });
      return 0;
    });
  },
};

export const connectionsUnconnectedCommand: Command = {
  name: 'connections unconnected',
  usage: `connections unconnected [--json]
    Families who came 3 or more times but never twice with the same family, or spent under 5 hours
    with anyone: the people to introduce, each with the few families she would best be introduced to.`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    return withCore(values.db, ({ call }) => {
      const families = call('connections.unconnected', {});
      if (values.json) {
        io.out(JSON.stringify(families, null, 2));
        return 0;
      }
      if (families.length === 0) io.out('Everyone who keeps coming has spent time with someone.');
      for (const family of families) {
        io.out([`#${family.familyId} ${family.parentName}`, family.reason, family.email].filter(Boolean).join(' · '));
        // Her best matches, best first, as the Connections page offers them.
        for (const match of family.introductionCandidates) io.out(`  introduce to #${match.familyId} ${match.text}`);
      }
      return 0;
    });
  },
};

/** "Sellwood=Westmoreland" as two neighborhoods; anything else is a usage error naming the option. */
function neighborPair(option: '--add' | '--remove', text: string): { neighborhood: string; other: string } {
  const at = text.indexOf('=');
  const [neighborhood, other] = at < 0 ? ['', ''] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  if (!neighborhood || !other || other.includes('=')) {
    throw new UsageError(`${option} needs two neighborhoods joined by "=", like ${option} "Sellwood=Westmoreland".`);
  }
  return { neighborhood, other };
}

export const connectionsNeighborsCommand: Command = {
  name: 'connections neighbors',
  usage: `connections neighbors [--add "A=B"] [--remove "A=B"] [--json]
    Lists the neighborhoods you marked as next to each other; --add marks two (circles and check-in
    suggestions then treat them as nearby), --remove unmarks them. Case and extra spaces do not matter.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      add: { type: 'string' },
      remove: { type: 'string' },
      json: { type: 'boolean' },
    });
    const add = values.add === undefined ? null : neighborPair('--add', values.add);
    const remove = values.remove === undefined ? null : neighborPair('--remove', values.remove);
    return withCore(values.db, ({ call }) => {
      if (add) call('connections.setNeighbors', { ...add, neighboring: true });
      if (remove) call('connections.setNeighbors', { ...remove, neighboring: false });
      const pairs = call('connections.neighbors', {});
      if (values.json) {
        io.out(JSON.stringify(pairs, null, 2));
        return 0;
      }
      // A name no family has is most likely a typo: say so, without refusing it (a family may move there).
      const known = new Set(call('connections.neighborhoods', {}).map((name) => neighborhoodKey(name)));
      for (const name of add ? [add.neighborhood, add.other] : []) {
        if (!known.has(neighborhoodKey(name))) io.err(`Note: no family lives in "${name}" yet; check the spelling.`);
      }
      if (pairs.length === 0) io.out('No neighborhoods are marked as next to each other yet.');
      for (const pair of pairs) io.out(`${pair.neighborhood} = ${pair.other}`);
      return 0;
    });
  },
};

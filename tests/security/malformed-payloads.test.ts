/**
 * Thousands of malformed payloads to every API method, through the Electron IPC handler and the
 * browser-mode HTTP host: the answer is always a typed result, never a crash, and a refused call writes
 * nothing.
 */
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName, type MethodResult } from '../../shared/api/contract';
import { API_ERROR_CODES, type ApiResult } from '../../shared/api/errors';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { createIpcHandler } from '../../electron/main/ipc-handler';
import { seedEverything } from '../support/seed-everything';
import { makeTempDir, tempDbPath } from '../support/temp-db';

const RUNS_PER_METHOD = 250;
const APP_PAGE = 'village://app/index.html';

/** Values of every JSON-ish shape, plus near misses of real payloads (right keys, wrong values). */
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const nearMiss = fc.record(
  {
    id: fc.oneof(scalar, fc.integer({ min: -5, max: 5 })),
    parentName: scalar,
    email: scalar,
    kids: fc.oneof(
      scalar,
      fc.array(
        fc.record(
          { name: scalar, birthDate: fc.oneof(scalar, fc.constant('2024-02-30')), birthPrecision: scalar },
          { requiredKeys: [] },
        ),
      ),
    ),
    family: fc.oneof(scalar, fc.record({ parentName: scalar }, { requiredKeys: [] })),
    search: fc.oneof(scalar, fc.string({ minLength: 201, maxLength: 260 })),
    name: fc.oneof(scalar, fc.constantFrom('../village.db', 'village-1-manual.db', '/etc/passwd')),
    __proto__: scalar,
    constructor: scalar,
  },
  { requiredKeys: [] },
);
const malformed = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), nearMiss, scalar);

/**
 * What each method answers when it accepts a payload: a list, or an object with these keys (checked
 * against the contract's result type, so a renamed field fails to compile here). Results have no runtime
 * schema (the core builds them), so this is where a wrong shape from a half-valid payload would show.
 */
type ResultShape<T> = T extends readonly unknown[] ? 'list' : T extends object ? readonly (keyof T)[] : 'any';
const RESULT_SHAPES: { [M in MethodName]: ResultShape<MethodResult<M>> } = {
  'app.info': ['version', 'schemaVersion', 'databasePath'],
  'app.revision': ['revision'],
  'app.status': ['state', 'databasePath'],
  'backups.list': 'list',
  'backups.create': ['name', 'createdAt', 'reason', 'bytes'],
  'backups.restore': ['restored', 'safetyBackup'],
  'families.list': 'list',
  'families.roster': 'list',
  'families.get': ['id', 'parentName', 'kids', 'tags'],
  'families.history': ['source', 'visits'],
  'families.create': ['id', 'parentName', 'kids', 'tags'],
  'families.update': ['id', 'parentName', 'kids', 'tags'],
  'families.delete': ['deleted'],
  'families.tag': ['tagged'],
  'families.duplicates': ['suggestions', 'total', 'dismissed'],
  'families.merge': ['family', 'undoId'],
  'families.unmerge': ['family'],
  'families.dismissDuplicate': ['dismissed'],
  'families.undismissDuplicate': ['undismissed'],
  'families.exportCsv': ['csv', 'families'],
  'import.preview': ['fileName', 'format', 'encoding', 'delimiter'],
  'import.commit': ['batchId', 'counts', 'errors', 'warnings'],
  'import.undo': ['id', 'fileName', 'format', 'importedAt'],
  'import.batches': 'list',
  'settings.get': ['timeZone', 'timeZoneConfirmed', 'organizerName', 'organizerEmail', 'reminderMinutes'],
  'settings.set': ['timeZone', 'timeZoneConfirmed', 'organizerName', 'organizerEmail', 'reminderMinutes'],
  'parks.list': 'list',
  'parks.create': ['id', 'name', 'address', 'notes'],
  'parks.update': ['id', 'name', 'address', 'notes'],
  'parks.archive': ['id', 'name', 'address', 'notes'],
  'sessions.list': 'list',
  'sessions.get': ['id', 'uid', 'seriesId', 'series'],
  'sessions.create': ['id', 'uid', 'seriesId', 'series'],
  'sessions.update': ['id', 'uid', 'seriesId', 'series'],
  'sessions.cancel': ['id', 'uid', 'seriesId', 'series'],
  'sessions.suggestions': 'list',
  'rsvps.list': 'list',
  'rsvps.invite': ['invited', 'alreadyListed'],
  'rsvps.set': ['familyId', 'parentName', 'email', 'status'],
  'calendar.export': ['fileName', 'ics'],
  'data.exportAll': ['fileName', 'json'],
  'attendance.sessions': 'list',
  'attendance.session': ['session', 'families', 'headcount'],
  'attendance.search': 'list',
  'attendance.checkIn': ['session', 'families', 'headcount'],
  'attendance.undo': ['session', 'families', 'headcount'],
  'attendance.walkIn': ['session', 'families', 'headcount', 'familyId'],
  'attendance.walkInMatches': 'list',
  'attendance.savePaper': ['added', 'removed'],
  'attendance.familyHistory': ['familyId', 'visits', 'firstVisit', 'lastVisit'],
  'attendance.dashboard': [
    'perSession',
    'newcomersPerMonth',
    'firstTimers',
    'kidsByBand',
    'regulars',
    'notSeen',
    'weeks',
  ],
  'attendance.importCsv': ['rows', 'matched', 'unmatched', 'walkInsAdded', 'checkedIn'],
  'preferences.get': 'any',
  'preferences.set': ['saved'],
  'connections.pairs': 'list',
  'connections.unconnected': 'list',
  'connections.proposeCircles': ['on', 'size', 'maxAgeGapMonths', 'seed', 'lockedCircles', 'circles'],
  'connections.circles': 'list',
  'connections.saveCircles': 'list',
  'connections.moveFamily': 'list',
  'connections.removeFromCircle': 'list',
  'connections.updateCircle': 'list',
  'connections.deleteCircle': 'list',
  'connections.inviteCircle': ['invited', 'alreadyListed'],
  'connections.welcome': ['firstTimer', 'suggestions'],
  'connections.introduce': ['text', 'introduction'],
  'connections.introductions': 'list',
  'connections.neighbors': 'list',
  'connections.setNeighbors': 'list',
  'connections.neighborhoods': 'list',
  'connections.describeCircles': 'list',
  'connections.sessionIdea': ['title', 'parkId', 'parkName'],
  'templates.list': 'list',
  'templates.save': ['kind', 'subject', 'body', 'edited'],
  'templates.reset': ['kind', 'subject', 'body', 'edited'],
  'templates.preview': ['to', 'subject', 'body', 'withCalendar'],
  'outbox.queue': ['messageId', 'queued', 'failed', 'preferText'],
  'outbox.queueFamilies': ['messageId', 'queued', 'failed', 'preferText'],
  'outbox.queueIntroduction': ['messageId', 'queued', 'failed', 'preferText'],
  'reach.audience': 'list',
  'reach.contacts': 'list',
  'outbox.list': 'list',
  'outbox.due': 'list',
  'outbox.history': 'list',
  'outbox.retry': ['requeued'],
  'outbox.send': ['queued', 'sent', 'failed', 'held', 'restAt', 'interrupted'],
  'mail.test': ['to'],
  'replies.check': ['replies', 'applied', 'unmatched'],
  'mail.passwordStatus': ['known', 'canRemember'],
  'mail.forgetPassword': 'any',
  'reach.mailto': ['links', 'bodyIncluded', 'families'],
  'reach.groupChat': ['text'],
  'reach.presets': ['gmail'],
  'sessions.rainout': ['session', 'template', 'notice', 'groupChatText'],
  'sessions.forecast': ['ok'],
  'sessions.forecastRisks': ['pending', 'atRisk'],
  'waitlist.offers': 'list',
  'waitlist.offerNext': 'any',
  'waitlist.accept': ['id', 'sessionId', 'familyId', 'deadline'],
  'waitlist.withdraw': ['id', 'sessionId', 'familyId', 'deadline'],
  'waitlist.sweep': ['expired', 'offered'],
};

/** Whether an accepted call's value has its method's shape; a refusal is checked by isTypedResult. */
function hasResultShape(method: MethodName, result: ApiResult<unknown>): boolean {
  if (!result.ok) return true;
  const shape: 'list' | 'any' | readonly PropertyKey[] = RESULT_SHAPES[method];
  if (shape === 'any') return result.value !== undefined;
  if (shape === 'list') return Array.isArray(result.value);
  const value = result.value;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    shape.every((key) => Object.prototype.hasOwnProperty.call(value, key))
  );
}

function isTypedResult(result: unknown): result is ApiResult<unknown> {
  if (typeof result !== 'object' || result === null) return false;
  const value = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (value.ok === true) return true;
  return (
    value.ok === false &&
    (API_ERROR_CODES as readonly unknown[]).includes(value.error?.code) &&
    typeof value.error?.message === 'string' &&
    value.error.message.length > 0
  );
}

let runtime: CoreRuntime;
let host: BrowserHost;
let tried = 0;

/** Every row of every table, to prove a refused call changed nothing. */
function fingerprint(): string {
  return JSON.stringify(
    (
      runtime.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[]
    ).map((table) => runtime.db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all()),
  );
}

function post(body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.secret}` },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

beforeAll(async () => {
  runtime = openCoreRuntime({ databasePath: tempDbPath(), version: 'test', log: () => undefined });
  seedEverything(runtime.db);
  host = await startBrowserHost({ dispatch: runtime.dispatch, rendererRoot: makeTempDir() });
});

afterAll(async () => {
  await host?.close();
  runtime?.close();
  console.log(`Malformed payloads tried: ${tried} (IPC and HTTP, ${METHOD_NAMES.length} methods).`);
});

describe('malformed payloads through the IPC handler', () => {
  const handle = () => createIpcHandler(runtime.dispatch, APP_PAGE);

  it.each(METHOD_NAMES)('%s answers every payload with a typed result and writes nothing when it refuses', (method) => {
    fc.assert(
      fc.property(malformed, (params) => {
        tried += 1;
        const before = fingerprint();
        const result = handle()({ senderFrame: { url: APP_PAGE } }, method, params);
        expect(isTypedResult(result)).toBe(true);
        expect(hasResultShape(method, result), JSON.stringify(result).slice(0, 300)).toBe(true);
        if (!result.ok) expect(fingerprint()).toBe(before);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });

  it('refuses unknown method names and frames from anywhere else', () => {
    fc.assert(
      fc.property(fc.anything(), malformed, fc.webUrl(), (method, params, frameUrl) => {
        tried += 2;
        const result = handle()({ senderFrame: { url: frameUrl } }, method, params);
        expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
        if (typeof method !== 'string' || !(METHOD_NAMES as string[]).includes(method)) {
          expect(handle()({ senderFrame: { url: APP_PAGE } }, method, params)).toMatchObject({
            ok: false,
            error: { code: 'unknown_method' },
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed payloads through the browser-mode host', () => {
  it.each(METHOD_NAMES)(
    '%s answers every payload with a typed result and writes nothing when it refuses',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(malformed, async (params) => {
          tried += 1;
          const before = fingerprint();
          const { status, json } = await post(JSON.stringify({ method, params }));
          expect(status).toBe(200);
          expect(isTypedResult(json)).toBe(true);
          expect(hasResultShape(method, json as ApiResult<unknown>), JSON.stringify(json).slice(0, 300)).toBe(true);
          if (!(json as ApiResult<unknown>).ok) expect(fingerprint()).toBe(before);
        }),
        { numRuns: RUNS_PER_METHOD / 5 },
      );
    },
  );

  it('answers bodies that are not JSON at all with a typed refusal', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (body) => {
        tried += 1;
        const { status, json } = await post(body);
        expect([200, 400]).toContain(status);
        expect(isTypedResult(json)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(fingerprint()).toBe(before);
    // Still serving afterwards.
    expect((await post(JSON.stringify({ method: 'app.info', params: {} }))).json).toMatchObject({ ok: true });
  });
});

/** A sheet sent to browser mode's host: its default body limit takes the largest sheet Village imports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT, startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { MAX_SHEET_BYTES } from '../../shared/domain/import/sheet-settings';
import { importSetup } from '../support/import-sheets';
import { makeTempDir } from '../support/temp-db';

describe('browser host: sheet uploads', () => {
  const setup = importSetup();
  let host: BrowserHost;
  beforeAll(async () => {
    host = await startBrowserHost({ dispatch: setup.dispatch, rendererRoot: makeTempDir() });
  });
  afterAll(async () => {
    await host.close();
    setup.db.close();
  });

  const post = (body: string) =>
    fetch(new URL('/api', host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.secret}` },
      body,
    });

  it('has room for the largest sheet, base64-encoded', () => {
    expect(DEFAULT_BODY_LIMIT).toBeGreaterThan((MAX_SHEET_BYTES * 4) / 3 + 64 * 1024);
  });

  it('takes a sheet of several megabytes', async () => {
    const rows = Array.from({ length: 40_000 }, (_, index) => `Parent Number ${index},p${index}@example.org,3`).join(
      '\n',
    );
    const data = Buffer.from(`Name,Email,Age\n${rows}\n`).toString('base64');
    expect(data.length).toBeGreaterThan(2 * 1024 * 1024);
    const reply = await post(JSON.stringify({ method: 'import.preview', params: { fileName: 'big.csv', data } }));
    const body = (await reply.json()) as { ok: boolean; value: { counts: { familiesAdded: number } } };
    expect(body).toMatchObject({ ok: true, value: { counts: { familiesAdded: 40_000 } } });
  });

  it('still refuses a body over the limit with 413', async () => {
    const reply = await post(
      JSON.stringify({ method: 'import.preview', params: { fileName: 'x.csv', data: 'a'.repeat(DEFAULT_BODY_LIMIT) } }),
    );
    expect(reply.status).toBe(413);
    expect(((await reply.json()) as { error: { message: string } }).error.message).toBe(
      'The request is too large (the limit is 64 MB).',
    );
  });
});

/**
 * `village forecast` against a local stub of Open-Meteo (never the internet): the session's hour at its
 * park, at-risk flagged, the licence credit shown; offline it says so.
 */
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { instantToWallClock, wallClockToInstant } from '../../shared/domain/sessions/wall-clock';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

const ZONE = 'America/New_York';
let server: http.Server | undefined;

afterEach(async () => {
  delete process.env.VILLAGE_FORECAST_URL;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function seed(mapUrl: string) {
  const dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  const park = Number(
    db
      .prepare("INSERT INTO parks (name, map_url, created_at, updated_at) VALUES ('Maple Park', ?, 'now', 'now')")
      .run(mapUrl).lastInsertRowid,
  );
  const { date, time } = instantToWallClock(Date.now() + 24 * 3_600_000, ZONE);
  const startTime = `${time.slice(0, 2)}:00`;
  const endTime = `${String(Math.min(23, Number(time.slice(0, 2)) + 1)).padStart(2, '0')}:${time.slice(0, 2) === '23' ? '59' : '00'}`;
  const id = Number(
    db
      .prepare(
        "INSERT INTO sessions (uid, park_id, title, date, start_time, end_time, time_zone, created_at, updated_at) VALUES ('fc@village', ?, 'Toddler morning', ?, ?, ?, ?, 'now', 'now')",
      )
      .run(park, date, startTime, endTime, ZONE).lastInsertRowid,
  );
  db.close();
  return { dbPath, id, hourKey: new Date(wallClockToInstant(date, startTime, ZONE)).toISOString().slice(0, 16) };
}

describe('village forecast', () => {
  it("shows the session hour's rain, feels-like and thunder, flags it, and credits Open-Meteo", async () => {
    const { dbPath, id, hourKey } = seed('https://www.google.com/maps/place/Maple/@40.6892,-74.0445,17z');
    const asked: URLSearchParams[] = [];
    server = http.createServer((request, response) => {
      asked.push(new URL(request.url!, 'http://stub').searchParams);
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          hourly: {
            time: ['2000-01-01T00:00', hourKey],
            precipitation_probability: [0, 70],
            apparent_temperature: [1, 12.4],
            weather_code: [0, 95],
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    process.env.VILLAGE_FORECAST_URL = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/v1/forecast`;
    const run = await village('forecast', '--db', dbPath);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out[0]).toMatch(
      new RegExp(`^AT RISK #${id} Toddler morning, .* at Maple Park: 70% chance of rain, feels like 12°C, thunder\\.$`),
    );
    expect(run.out.at(-1)).toBe('Weather data by Open-Meteo.com (CC BY 4.0)');
    expect(asked[0]!.get('latitude')).toBe('40.6892');
    expect(asked[0]!.get('longitude')).toBe('-74.0445');
  });

  it('says it is offline, and says when the park has no coordinates', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.VILLAGE_FORECAST_URL = `http://127.0.0.1:${port}/v1/forecast`;
    const offline = seed('https://maps.google.com/?q=52.3731,4.8922');
    const run = await village('forecast', '--db', offline.dbPath, '--session', String(offline.id));
    expect(run.out[0]).toMatch(
      /: Village could not reach the forecast service \(offline\?\), so there is no forecast right now\.$/,
    );
    const noPlace = seed('https://maps.app.goo.gl/abc');
    const none = await village('forecast', '--db', noPlace.dbPath, '--session', String(noPlace.id));
    expect(none.out[0]).toMatch(/: The park's map link has no coordinates/);
  });
});

/**
 * The forecast through the one dispatch, against a stub of Open-Meteo on 127.0.0.1: the session's hour at
 * its park (rain, feels-like, thunder, the licence credit), kept for a while so the panel does not call on
 * every render, sessions in the next 48 hours at risk listed for the sessions list; offline, no park or no
 * coordinates each say so in one sentence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { instantToWallClock, wallClockToInstant } from '../../shared/domain/sessions/wall-clock';
import { offlineForecastUrl, startForecastStub, stubHourOf, type ForecastStub } from '../support/forecast-stub';
import { openCore } from '../support/core-calls';

const ZONE = 'America/New_York';
let stub: ForecastStub | undefined;

afterEach(async () => {
  delete process.env.VILLAGE_FORECAST_URL;
  await stub?.close();
  stub = undefined;
});

function setup() {
  const { call } = openCore();
  const park = (name: string, mapUrl: string) => call('parks.create', { name, mapUrl }).id;
  /** A session starting on the hour, `hoursAhead` from now, in New York. */
  const session = (parkId: number | null, hoursAhead: number) => {
    const { date, time } = instantToWallClock(Date.now() + hoursAhead * 3_600_000, ZONE);
    const hour = Number(time.slice(0, 2));
    const startTime = `${String(Math.min(hour, 22)).padStart(2, '0')}:00`;
    const created = call('sessions.create', {
      title: `Session in ${hoursAhead} h`,
      parkId,
      date,
      startTime,
      endTime: `${String(Math.min(hour, 22) + 1).padStart(2, '0')}:00`,
      timeZone: ZONE,
    });
    return { id: created.id, hour: stubHourOf(wallClockToInstant(date, startTime, ZONE)) };
  };
  return { call, park, session };
}

/** Asks until the forecast is no longer pending (the first read starts the fetch). */
async function settled<T extends { ok: boolean } | { pending: boolean }>(read: () => T): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = read();
    if (!('pending' in value) || !value.pending) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The forecast stayed pending.');
}

describe('the forecast in the app', () => {
  it("gives the session hour's rain, feels-like and thunder with the credit, and asks the service once", async () => {
    const { call, park, session } = setup();
    const maple = park('Maple Park', 'https://www.google.com/maps/place/Maple/@40.6892,-74.0445,17z');
    const soon = session(maple, 20);
    stub = await startForecastStub([
      { time: '2000-01-01T00:00', rain: 0, feelsLike: 1, code: 0 },
      { time: soon.hour, rain: 70, feelsLike: 12.4, code: 95 },
    ]);
    process.env.VILLAGE_FORECAST_URL = stub.url;
    expect(call('sessions.forecast', { id: soon.id })).toEqual({
      ok: false,
      pending: true,
      message: 'Reading the forecast…',
    });
    const forecast = await settled(() => call('sessions.forecast', { id: soon.id }));
    expect(forecast).toEqual({
      ok: true,
      rainChance: 70,
      feelsLike: 12.4,
      thunder: true,
      atRisk: true,
      credit: 'Weather data by Open-Meteo.com (CC BY 4.0)',
    });
    for (let render = 0; render < 5; render++) call('sessions.forecast', { id: soon.id });
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]!.get('latitude')).toBe('40.6892');
  });

  it('flags the sessions of the next 48 hours at risk, not later ones or dry ones', async () => {
    const { call, park, session } = setup();
    const maple = park('Maple Park', 'https://www.openstreetmap.org/#map=17/40.6892/-74.0445');
    const wet = session(maple, 6);
    const dry = session(maple, 30);
    const later = session(maple, 60);
    stub = await startForecastStub([
      { time: wet.hour, rain: 55, feelsLike: 9, code: 61 },
      { time: dry.hour, rain: 10, feelsLike: 15, code: 1 },
      { time: later.hour, rain: 90, feelsLike: 8, code: 95 },
    ]);
    process.env.VILLAGE_FORECAST_URL = stub.url;
    const risks = await settled(() => call('sessions.forecastRisks', {}));
    expect(risks).toEqual({ pending: false, atRisk: [{ sessionId: wet.id, rainChance: 55, thunder: false }] });
  });

  it('says so when offline, with no park, or with a map link without coordinates', async () => {
    const { call, park, session } = setup();
    process.env.VILLAGE_FORECAST_URL = await offlineForecastUrl();
    const offline = session(park('Maple Park', 'https://maps.google.com/?q=52.3731,4.8922'), 20);
    expect(await settled(() => call('sessions.forecast', { id: offline.id }))).toEqual({
      ok: false,
      message: 'Village could not reach the forecast service (offline?), so there is no forecast right now.',
    });
    expect(call('sessions.forecastRisks', {})).toEqual({ pending: false, atRisk: [] });
    const noPark = session(null, 20);
    expect(call('sessions.forecast', { id: noPark.id })).toEqual({
      ok: false,
      message: 'The session has no park, so there is no forecast.',
    });
    const shortLink = session(park('Oak Park', 'https://maps.app.goo.gl/abc'), 20);
    expect(call('sessions.forecast', { id: shortLink.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The park's map link has no coordinates/),
    });
  });
});

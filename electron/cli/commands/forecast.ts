/** `village forecast`: the weather for upcoming sessions at their parks, at-risk ones flagged. */
import { addDays, localToday, parseIsoDate, formatIsoDate } from '../../../shared/domain/calendar-date';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';
import { FORECAST_CREDIT, forecastFor, type Forecast } from '../../core/reach/forecast';
import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import type { Command } from './command';

export const forecastCommand: Command = {
  name: 'forecast',
  usage: `forecast [--session ID] [--hours N] [--json]
    The forecast from Open-Meteo for each session in the next N hours (48 by default), or one session:
    chance of rain, feels-like temperature and thunder at its hour and park (from the park's map link);
    sessions at risk (rain 50% or more, or thunder) are flagged. Offline, it says so.`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('session', 'hours'),
      json: { type: 'boolean' },
    });
    if (values.session !== undefined && !/^\d+$/.test(values.session))
      throw new UsageError('--session must be an id (a whole number).');
    if (values.hours !== undefined && !/^[1-9]\d{0,2}$/.test(values.hours))
      throw new UsageError('--hours must be a whole number of hours (1 to 999).');
    const hours = Number(values.hours ?? 48);
    return withCore(values.db, async ({ call }) => {
      const parks = new Map(call('parks.list', { includeArchived: true }).map((park) => [park.id, park]));
      const now = Date.now();
      const today = localToday();
      const sessions =
        values.session !== undefined
          ? [call('sessions.get', { id: Number(values.session) })]
          : call('sessions.list', {
              from: today,
              to: formatIsoDate(addDays(parseIsoDate(today)!, Math.ceil(hours / 24) + 1)),
              includeCancelled: false,
            }).filter((session) => {
              const starts = wallClockToInstant(session.date, session.startTime, session.timeZone);
              return starts >= now && starts <= now + hours * 3_600_000;
            });
      const results: {
        sessionId: number;
        title: string;
        date: string;
        startTime: string;
        park: string;
        forecast: Forecast;
      }[] = [];
      for (const session of sessions) {
        const park = session.parkId === null ? undefined : parks.get(session.parkId);
        const forecast: Forecast = park
          ? await forecastFor({
              date: session.date,
              startTime: session.startTime,
              timeZone: session.timeZone,
              mapUrl: park.mapUrl,
            })
          : { ok: false, message: 'The session has no park, so there is no forecast.' };
        results.push({
          sessionId: session.id,
          title: session.title,
          date: session.date,
          startTime: session.startTime,
          park: park?.name ?? '',
          forecast,
        });
      }
      if (values.json) {
        io.out(JSON.stringify({ sessions: results, credit: FORECAST_CREDIT }, null, 2));
        return 0;
      }
      if (results.length === 0) io.out(`No sessions in the next ${hours} hours.`);
      for (const result of results) {
        const { forecast } = result;
        const head = `#${result.sessionId} ${result.title}, ${result.date} ${result.startTime}${result.park ? ` at ${result.park}` : ''}`;
        if (!forecast.ok) io.out(`${head}: ${forecast.message}`);
        else {
          const parts = [
            `${forecast.rainChance ?? '?'}% chance of rain`,
            `feels like ${forecast.feelsLike === null ? '?' : Math.round(forecast.feelsLike)}°C`,
          ];
          if (forecast.thunder) parts.push('thunder');
          io.out(`${forecast.atRisk ? 'AT RISK ' : ''}${head}: ${parts.join(', ')}.`);
        }
      }
      io.out(FORECAST_CREDIT);
      return 0;
    });
  },
};

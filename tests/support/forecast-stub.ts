/**
 * A stand-in for Open-Meteo on 127.0.0.1 (tests never reach the internet): answers every forecast request
 * with the given hours, counting the requests; and the address of a port nothing listens on (offline).
 */
import http from 'node:http';
import net from 'node:net';

export interface StubHour {
  /** UTC hour as Open-Meteo writes it with timezone=GMT: "2030-05-04T14:00". */
  time: string;
  rain: number;
  feelsLike: number;
  code: number;
}

export interface ForecastStub {
  url: string;
  requests: URLSearchParams[];
  close(): Promise<void>;
}

export async function startForecastStub(hours: StubHour[]): Promise<ForecastStub> {
  const requests: URLSearchParams[] = [];
  const server = http.createServer((request, response) => {
    requests.push(new URL(request.url!, 'http://stub').searchParams);
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({
        hourly: {
          time: hours.map((hour) => hour.time),
          precipitation_probability: hours.map((hour) => hour.rain),
          apparent_temperature: hours.map((hour) => hour.feelsLike),
          weather_code: hours.map((hour) => hour.code),
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/v1/forecast`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A forecast address that refuses connections, as when the computer is offline. */
export async function offlineForecastUrl(): Promise<string> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1/forecast`;
}

/** The UTC hour key of an instant, as the stub's hours are written. */
export function stubHourOf(instant: number): string {
  return new Date(Math.floor(instant / 3_600_000) * 3_600_000).toISOString().slice(0, 16);
}

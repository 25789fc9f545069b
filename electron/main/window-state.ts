/** Remembers the window's size and place between launches, in a small JSON file beside the database. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const windowStateSchema = z.object({
  width: z.number().int().min(800).max(10_000),
  height: z.number().int().min(600).max(10_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

export function loadWindowState(folder: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(folder, 'window-state.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(folder: string, state: WindowState): void {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'window-state.json');
  // Write-then-rename, so a crash mid-write never leaves half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
  fs.renameSync(`${file}.tmp`, file);
}

/** Keeps a remembered position only if it is still on one of the screens (a monitor may be gone). */
export function fitToScreens(
  state: WindowState,
  workAreas: { x: number; y: number; width: number; height: number }[],
): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) => x >= area.x - 50 && y >= area.y - 50 && x < area.x + area.width - 100 && y < area.y + area.height - 100,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The window's last normal (not maximized) bounds and whether it was maximized, kept in the data folder. */
const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface InitialBounds {
  readonly bounds: { x?: number; y?: number; width: number; height: number };
  readonly maximized: boolean;
}

const WINDOW_STATE_FILE = 'window-state.json';

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where the window opens: the saved bounds, moved and shrunk to lie wholly within the screen it overlaps most.
 * A window that overlaps no screen now (a monitor was unplugged) opens centred on the primary screen.
 */
export const fitToDisplays = (
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  size: { width: number; height: number },
): InitialBounds => {
  const primary = workAreas[0];
  if (!saved || !primary) return { bounds: { ...size }, maximized: saved?.maximized ?? false };
  const best = workAreas.reduce((a, b) => (overlap(saved, b) > overlap(saved, a) ? b : a), primary);
  const visible = overlap(saved, best) > 0;
  const area = visible ? best : primary;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const x = visible
    ? clamp(saved.x, area.x, area.x + area.width - width)
    : area.x + Math.round((area.width - width) / 2);
  const y = visible
    ? clamp(saved.y, area.y, area.y + area.height - height)
    : area.y + Math.round((area.height - height) / 2);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
};

/** The saved state, or undefined when there is none or the file is not one we wrote. */
export const readWindowState = (dataDir: string): WindowState | undefined => {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8'));
    const parsed = windowStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

const writeWindowState = (dataDir: string, state: WindowState): void => {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
};

interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's state when it closes. */
export const trackWindowState = (
  win: TrackedWindow,
  dataDir: string,
  onError: (e: unknown) => void,
): void => {
  win.on('close', () => {
    try {
      const { x, y, width, height } = win.getNormalBounds();
      writeWindowState(dataDir, {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(width),
        height: Math.round(height),
        maximized: win.isMaximized(),
      });
    } catch (error) {
      onError(error);
    }
  });
};

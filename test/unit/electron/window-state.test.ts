import { describe, expect, it } from 'vitest';
import { fitToDisplays } from '../../../src/main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 };
const size = { width: 1280, height: 800 };

describe('fitToDisplays', () => {
  it('keeps a window where it was on a second screen that is still there', () => {
    const saved = { x: 2000, y: 0, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(saved, [laptop, monitor], size)).toEqual({
      bounds: { x: 2000, y: 0, width: 1600, height: 1000 },
      maximized: false,
    });
  });

  it('moves a window hanging off the edge of its screen back inside it', () => {
    const saved = { x: 1000, y: 500, width: 1200, height: 700, maximized: false };
    expect(fitToDisplays(saved, [laptop], size).bounds).toEqual({ x: 240, y: 175, width: 1200, height: 700 });
  });

  it('centres a window from an unplugged monitor on the primary screen, shrunk to fit', () => {
    const saved = { x: 3000, y: 100, width: 2400, height: 1300, maximized: true };
    expect(fitToDisplays(saved, [laptop], size)).toEqual({
      bounds: { x: 0, y: 0, width: 1440, height: 875 },
      maximized: true,
    });
  });

  it('opens at the default size, placed by the OS, when nothing was saved', () => {
    expect(fitToDisplays(undefined, [laptop], size)).toEqual({ bounds: size, maximized: false });
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { answerDialogs, launchDesk, logText, recordedDialogs } from './launch';

/**
 * The desktop behaviours of issue 14 in the real Electron (where it runs: `npm run test:electron`). The same
 * behaviours are unit-tested with a recording fake electron in test/unit/electron/, which `npm test` runs.
 */

test('a second launch quits and brings the first window forward, restored', async () => {
  const { app, dataDir } = await launchDesk();
  try {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize());
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized()))
      .toBe(true);
    const electronPath = await app.evaluate(() => process.execPath);
    const second = spawn(electronPath, ['.'], { env: { ...process.env, DESK_DATA_DIR: dataDir } });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized()))
      .toBe(false);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

test('window size, position and maximized are remembered, and restored within the screens', async () => {
  const first = await launchDesk();
  await first.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 60, width: 1100, height: 720 }),
  );
  await first.app.close();
  const saved = JSON.parse(await fs.readFile(path.join(first.dataDir, 'window-state.json'), 'utf8')) as {
    width: number;
    height: number;
  };
  expect(saved).toMatchObject({ width: 1100, height: 720, maximized: false });

  // A window last seen on a screen that is gone opens on a visible one.
  await fs.writeFile(
    path.join(first.dataDir, 'window-state.json'),
    JSON.stringify({ x: 40000, y: 30000, width: 1100, height: 720, maximized: false }),
  );
  const again = await launchDesk(first.dataDir);
  try {
    const { bounds, areas } = await again.app.evaluate(({ BrowserWindow, screen }) => ({
      bounds: BrowserWindow.getAllWindows()[0]!.getBounds(),
      areas: screen.getAllDisplays().map((d) => d.workArea),
    }));
    const inside = areas.some(
      (a) =>
        bounds.x >= a.x &&
        bounds.y >= a.y &&
        bounds.x + bounds.width <= a.x + a.width &&
        bounds.y + bounds.height <= a.y + a.height,
    );
    expect(inside).toBe(true);
  } finally {
    await again.app.close();
  }
});

test('the application menu: Edit, View, Window, Help with logs and version; devtools only unpackaged', async () => {
  const { app } = await launchDesk();
  try {
    const menu = await app.evaluate(({ app: a, Menu }) => ({
      packaged: a.isPackaged,
      top: Menu.getApplicationMenu()!.items.map((i) => i.role ?? i.label),
      view: Menu.getApplicationMenu()!
        .items.find((i) => i.label === 'View')!
        .submenu!.items.map((i) => i.role ?? i.label),
      help: Menu.getApplicationMenu()!
        .items.find((i) => i.role === 'help')!
        .submenu!.items.map((i) => i.label),
    }));
    expect(menu.top.map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['editmenu', 'view', 'windowmenu', 'help']),
    );
    expect(menu.help).toContain('Open logs folder');
    expect(menu.help.some((l) => /version \d+\.\d+\.\d+/.test(l))).toBe(true);
    expect(menu.view.map((r) => r.toLowerCase()).includes('toggledevtools')).toBe(!menu.packaged);
  } finally {
    await app.close();
  }
});

test('a renderer crash is logged and the window offers to reload, then shows the app again', async () => {
  const { app, page } = await launchDesk();
  try {
    await answerDialogs(app, 0);
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer(),
    );
    await expect.poll(async () => (await recordedDialogs(app)).length).toBe(1);
    expect((await recordedDialogs(app))[0]).toMatchObject({ buttons: ['Reload', 'Close'] });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    expect(await logText(app)).toContain('"event":"app.renderer.gone"');
  } finally {
    await app.close();
  }
});

test('right-click in a field offers cut, copy, paste and select all', async () => {
  const { app, page } = await launchDesk();
  try {
    await app.evaluate(({ Menu }) => {
      const seen: string[][] = [];
      (globalThis as { deskMenus?: string[][] }).deskMenus = seen;
      const build = Menu.buildFromTemplate.bind(Menu);
      Menu.buildFromTemplate = (template) => {
        seen.push(template.filter((i) => i.type !== 'separator').map((i) => String(i.role ?? i.label)));
        const menu = build(template);
        menu.popup = () => undefined;
        return menu;
      };
    });
    await page.goto(page.url().replace(/#.*$/, '#/new'));
    await page.getByLabel('Practice name').click({ button: 'right' });
    await expect
      .poll(() => app.evaluate(() => (globalThis as { deskMenus?: string[][] }).deskMenus?.at(-1) ?? []))
      .toEqual(['cut', 'copy', 'paste', 'selectAll']);
  } finally {
    await app.close();
  }
});

test('a confirmation is a native dialog (Cancel the default), never window.confirm', async () => {
  const { app, page } = await launchDesk();
  try {
    await answerDialogs(app, 1);
    let pageDialogs = 0;
    page.on('dialog', () => (pageDialogs += 1));
    const answer = await page.evaluate(() =>
      window.api!.app.confirm({
        kind: 'production',
        title: 'Write to Production?',
        message: 'This practice create goes to Production.',
        confirmLabel: 'Write to Production',
      }),
    );
    expect(answer).toEqual({ ok: true, data: { answer: 'cancelled' } });
    expect((await recordedDialogs(app))[0]).toMatchObject({
      buttons: ['Write to Production', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(pageDialogs).toBe(0);
  } finally {
    await app.close();
  }
});

test('updates are off when no update URL is set, and logs are in the OS logs folder', async () => {
  const { app } = await launchDesk();
  try {
    const log = await logText(app);
    expect(log).toContain('"event":"app.updates.off"');
    expect(log).toContain('"event":"app.start"');
  } finally {
    await app.close();
  }
});

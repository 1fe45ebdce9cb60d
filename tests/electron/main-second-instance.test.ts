// A second launch must not open the database a second time: it hands over to the running instance.
import { expect, it, vi } from 'vitest';
import { app, BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
const createCore = vi.hoisted(() => vi.fn());
vi.mock('../../src-main/core/core', () => ({ createCore }));

app.requestSingleInstanceLock.mockReturnValue(false);
await import('../../src-main/electron/main');

it('quits at once without opening the core or a window when another instance holds the lock', async () => {
  expect(app.quit).toHaveBeenCalledTimes(1);
  expect(app.whenReady).not.toHaveBeenCalled();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(createCore).not.toHaveBeenCalled();
  expect(BrowserWindow.instances).toHaveLength(0);
});

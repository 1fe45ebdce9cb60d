// The secure-window factory: every security option is on, the preload is ours, the app URL loads.
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecureWindow } from '../../src-main/electron/window';
import { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function lastWindow(): BrowserWindow {
  const win = BrowserWindow.instances.at(-1);
  if (!win) throw new Error('no window was created');
  return win;
}

describe('createSecureWindow', () => {
  beforeEach(() => {
    BrowserWindow.instances = [];
    createSecureWindow();
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
  ])('sets webPreferences.%s to %s', (option, expected) => {
    expect(lastWindow().options.webPreferences[option]).toBe(expected);
  });

  it('loads the preload from ../preload/index.js next to the main bundle', () => {
    const electronDir = path.resolve(__dirname, '../../src-main/electron');
    expect(lastWindow().options.webPreferences.preload).toBe(path.join(electronDir, '../preload/index.js'));
  });

  it('enables no Blink features and no other preferences than the reviewed ones', () => {
    expect(Object.keys(lastWindow().options.webPreferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('is titled "Tự soi" with a 1024×700 minimum and a background colour', () => {
    const { options } = lastWindow();
    expect(options.title).toBe('Tự soi');
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(700);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('loads the app shell over app://tu-soi and shows the window when ready', () => {
    const win = lastWindow();
    expect(win.loadedUrl).toBe('app://tu-soi/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
});

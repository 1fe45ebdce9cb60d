// The application menu is Vietnamese throughout and hides developer items in release builds.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, installApplicationMenu } from '../../src-main/electron/menu';
import { Menu } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const ENGLISH = /\b(file|edit|view|help|quit|exit|undo|redo|cut|copy|paste|select|reload|zoom|about|window|full ?screen|hide|close)\b/i;

describe('application menu', () => {
  const onAbout = vi.fn();

  it('has the Vietnamese top-level menus in order', () => {
    expect(buildMenuTemplate({ isDev: false, isMac: false, onAbout }).map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('labels every item in Vietnamese (dev=%s, mac=%s)', (isDev, isMac) => {
    const items = flatten(buildMenuTemplate({ isDev, isMac, onAbout })).filter((item) => item.type !== 'separator');
    for (const item of items) {
      // A role without a label would show Electron's built-in English text.
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(ENGLISH);
    }
  });

  it('gives the edit menu the standard roles with Vietnamese labels', () => {
    const edit = buildMenuTemplate({ isDev: false, isMac: false, onAbout }).find((m) => m.label === 'Sửa');
    const roles = (edit?.submenu as MenuItemConstructorOptions[]).filter((i) => i.role).map((i) => [i.role, i.label]);
    expect(roles).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate({ isDev, isMac: false, onAbout })).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('"Trợ giúp → Giới thiệu" calls the about handler', () => {
    const help = buildMenuTemplate({ isDev: false, isMac: false, onAbout }).find((m) => m.label === 'Trợ giúp');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    expect(about?.label).toBe('Giới thiệu');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu(false);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const built = Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: MenuItemConstructorOptions[] };
    expect(built.template.map((m) => m.label)).toContain('Trợ giúp');
  });
});

// The Vietnamese application menu. Every item that uses a role also gets a label, otherwise Electron
// would show its built-in English one. The template is built by a pure function so tests can read it.
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_VERSION } from '../core/version';

export interface MenuOptions {
  /** Development build: adds reload and developer tools. */
  isDev: boolean;
  isMac: boolean;
  onAbout(): void;
}

export function buildMenuTemplate({ isDev, isMac, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const devOnly: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: 'Tải lại' }, { role: 'toggleDevTools', label: 'Công cụ dành cho nhà phát triển' }, separator]
    : [];
  const view: MenuItemConstructorOptions[] = [
    ...devOnly,
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    separator,
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];

  // macOS puts the first menu under the application's name.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Tự soi',
          submenu: [
            { label: 'Giới thiệu Tự soi', click: onAbout },
            separator,
            { role: 'hide', label: 'Ẩn Tự soi' },
            { role: 'hideOthers', label: 'Ẩn các ứng dụng khác' },
            { role: 'unhide', label: 'Hiện tất cả' },
            separator,
            { role: 'quit', label: 'Thoát Tự soi' },
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' };

  return [
    ...appMenu,
    { label: 'Tệp', submenu: [fileMenu] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        separator,
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu', click: onAbout }] },
  ];
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Giới thiệu',
    message: `Tự soi ${APP_VERSION}`,
    detail: 'Giúp chi bộ tổ chức tự phê bình và phê bình theo 27 biểu hiện suy thoái của Nghị quyết 04-NQ/TW.',
    buttons: ['Đóng'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

export function installApplicationMenu(isDev: boolean = !app.isPackaged): void {
  const template = buildMenuTemplate({ isDev, isMac: process.platform === 'darwin', onAbout: showAbout });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Default-deny policy: no new windows, no navigation off app://tu-soi, no webview, no permissions,
// no network.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { presenterUrl } from '../../src-main/electron/app-url';
import { hardenWebContents, installSecurityPolicy, setPresenterOpener } from '../../src-main/electron/security';
import { app, fakeEvent, FakeWebContents, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('hardenWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    hardenWebContents(contents as never);
  });

  it('denies window.open for any URL', () => {
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://tu-soi/index.html' })).toEqual({ action: 'deny' });
  });

  it('opens only the presenter view, as a window the shell builds itself, and still denies the page', () => {
    const opened: string[] = [];
    setPresenterOpener((url) => opened.push(url));
    try {
      expect(contents.windowOpenHandler!({ url: 'app://tu-soi/index.html#/present/abc-123' })).toEqual({ action: 'deny' });
      for (const url of [
        'app://tu-soi/index.html#/cells/1', 'app://tu-soi/index.html#/present/a/../../x', 'app://tu-soi/other.html#/present/abc',
        'app://tu-soi.evil/index.html#/present/abc', 'https://evil.example/index.html#/present/abc', 'app://tu-soi/index.html?x=1#/present/abc',
      ]) {
        expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      }
      expect(opened).toEqual(['app://tu-soi/index.html#/present/abc-123']);
    } finally {
      setPresenterOpener(null);
    }
  });

  it('recognises the presenter URL exactly', () => {
    expect(presenterUrl('app://tu-soi/index.html#/present/f1')).toBe('app://tu-soi/index.html#/present/f1');
    expect(presenterUrl('app://tu-soi/index.html#/present/')).toBeNull();
    expect(presenterUrl(42)).toBeNull();
  });

  it.each(['https://evil.example/', 'http://127.0.0.1:5180/', 'file:///etc/passwd', 'app://tu-soi.evil/', 'app://evil/index.html'])(
    'prevents navigation to %s',
    (url) => {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    },
  );

  it('allows navigation inside app://tu-soi/', () => {
    const event = fakeEvent({ url: 'app://tu-soi/index.html#/dien-dan/1' });
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects and sub-frame navigation to another origin', () => {
    const redirect = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-redirect', redirect, redirect.url);
    const frameNav = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-frame-navigate', frameNav);
    expect(redirect.preventDefault).toHaveBeenCalledTimes(1);
    expect(frameNav.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('lets a srcdoc sub-frame load (the document preview), never the main frame', () => {
    const sub = fakeEvent({ url: 'about:srcdoc', isMainFrame: false });
    contents.emit('will-frame-navigate', sub);
    expect(sub.preventDefault).not.toHaveBeenCalled();
    const main = fakeEvent({ url: 'about:srcdoc', isMainFrame: true });
    contents.emit('will-frame-navigate', main);
    expect(main.preventDefault).toHaveBeenCalledTimes(1);
    const blank = fakeEvent({ url: 'about:blank', isMainFrame: false });
    contents.emit('will-frame-navigate', blank);
    expect(blank.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a <webview>', () => {
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('installSecurityPolicy', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    app.listeners.clear();
    installSecurityPolicy();
  });

  it('hardens every web contents the app creates', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request', () => {
    const handler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0];
    expect(handler).toBeTypeOf('function');
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check).toBeTypeOf('function');
    expect(check(null, 'media', 'app://tu-soi', {})).toBe(false);
    expect(check(null, 'clipboard-read', 'app://tu-soi', {})).toBe(false);
  });

  it('cancels every http(s)/ws(s) request, so no remote content can load', () => {
    const [filter, listener] = session.defaultSession.webRequest.onBeforeRequest.mock.calls[0] ?? [];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://cdn.example/x.js' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

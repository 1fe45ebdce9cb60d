// (h, i) The self-mirroring matrix for 60 members × 27 indicators in Chromium, against the built
// browser-mode server (built first if out/ is missing): first render (tab click → the matrix's
// `tusoi:matrix-mounted` mark → the next frame painted, median of several runs) and typing ~200
// characters into a cell's statement, one key at a time (input → next frame painted, p50/p95).
//
// How input-to-paint is measured, in the page:
// - the start is the key's keydown event timestamp (when the browser received the key, so time the
//   key waited behind other work on the page is counted); characters Playwright cannot press on a
//   US layout (ế, ộ…) arrive as a text insertion without a keydown, and start at their beforeinput
//   event (a keydown's own beforeinput, in the same task, is not counted twice);
// - the end is a setTimeout(0) queued from the first requestAnimationFrame after the input:
//   rAF callbacks run just before the frame's style, layout and paint, and a task queued from
//   there runs once that frame has been produced, so the span covers the handlers, React's render
//   and the frame that shows the character;
// - at 60 Hz the span includes the wait for the next vsync (0–16.7 ms after the handlers), which no
//   page can shorten: an empty <textarea> on a blank page measures p95 ≈ 17 ms that way. So the
//   target figure comes from a Chromium whose frames are not held for a vsync
//   (--disable-frame-rate-limit --disable-gpu-vsync): a frame starts as soon as one is needed, and
//   the span is the page's own latency (handlers, React, style, layout, paint). The 60 Hz figure and
//   the empty-textarea baseline in both modes are printed beside it for reference;
// - the Event Timing API was the other candidate, but it reports no event shorter than 16 ms
//   (durationThreshold's floor) and rounds durations to 8 ms, so it cannot tell a pass from a fail
//   at the very target.
// Keys are 50 ms apart (a fast typist), so the 400 ms autosave and its live.get refetch, which
// re-render the grid, fire only at the 3 s "max wait" and on the pauses a real typist makes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { formatMs, median, percentile, type Check } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'out/main/server.js');
const RENDERER_INDEX = path.join(ROOT, 'out/renderer/index.html');
const MEMBERS = 60;
const RENDER_RUNS = 5;
/** About 200 characters of what a member says, typed one key at a time. */
const TYPED =
  'Bản thân đôi lúc còn nể nang, ngại va chạm khi góp ý cho đồng nghiệp trong tổ chuyên môn; việc tự học nghị quyết chưa thường xuyên, ' +
  'có buổi sinh hoạt còn đến muộn. Xin hứa sửa trong quý tới.';
const KEY_GAP_MS = 50;
/** Frames start as soon as one is needed, not at the next vsync (see the header). */
const UNTHROTTLED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

interface Fixture { url: string; cellId: string; forumId: string; stop: () => void }

/** Builds the app (electron-vite) when out/ lacks the server or the renderer. */
function ensureBuilt(): void {
  if (fs.existsSync(SERVER) && fs.existsSync(RENDERER_INDEX)) return;
  console.log('  out/ is missing: building with electron-vite …');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0 || !fs.existsSync(SERVER)) throw new Error('the build failed: run "npm run build" and read its output');
  console.log('  built out/');
}

async function startServer(): Promise<{ child: ChildProcess; url: string; dir: string }> {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-bench-matrix-'));
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url, dir };
}

async function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data;
}

async function fixture(): Promise<Fixture> {
  const { child, url, dir } = await startServer();
  const cell = await call<{ id: string }>(url, 'cell.create', { name: 'Chi bộ Trường THPT Nguyễn Huệ', higherBody: 'Đảng bộ phường Vị Thanh', placeName: 'Vị Thanh', termStartYear: 2025, termEndYear: 2030 });
  const ids: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    ids.push((await call<{ id: string }>(url, 'member.create', {
      cellId: cell.id, fullName: `Nguyễn Văn Thử ${i + 1}`, status: i % 8 === 7 ? 'du_bi' : 'chinh_thuc', partyRole: i === 0 ? 'bi_thu' : 'dang_vien',
    })).id);
  }
  const forum = await call<{ id: string }>(url, 'forum.create', { cellId: cell.id, topic: 'Tự soi, tự sửa', date: '2026-12-10', startTime: '14:00', secretaryMemberId: ids[1] });
  for (const id of ids) await call(url, 'live.setAttendance', { forumId: forum.id, memberId: id, presence: 'present', reason: '' });
  // A realistic half-filled matrix: about a third of the cells assessed.
  for (let i = 0; i < MEMBERS; i++) {
    for (let no = 1; no <= 27; no++) {
      if ((i + no) % 3 === 0) await call(url, 'live.saveSelfReview', { forumId: forum.id, subject: ids[i], indicatorNo: no, baseVersion: 0, assessment: 'khong_co' });
    }
  }
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi']) await call(url, 'live.setPhase', { forumId: forum.id, phase });
  return { url, cellId: cell.id, forumId: forum.id, stop: () => { child.kill('SIGTERM'); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/** Records, in the page, each key's span from input to the next painted frame (see the header). */
const RECORD_LATENCIES = `(() => {
  window.__lat = [];
  window.__frame = [];
  // Set by a keydown until the end of its task: the beforeinput of the same key is not a second start.
  let keyTask = false;
  const measureFrom = (at) => requestAnimationFrame(() => {
    const frameStart = performance.now();
    setTimeout(() => {
      window.__lat.push(performance.now() - at);
      window.__frame.push(performance.now() - frameStart);
    }, 0);
  });
  document.addEventListener('keydown', (e) => {
    keyTask = true;
    setTimeout(() => { keyTask = false; }, 0);
    measureFrom(e.timeStamp);
  }, { capture: true });
  document.addEventListener('beforeinput', (e) => {
    if (!keyTask) measureFrom(e.timeStamp);
  }, { capture: true });
})()`;

async function readLatencies(page: Page): Promise<{ latencies: number[]; frames: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __frame: number[] };
    return { latencies: w.__lat, frames: w.__frame };
  });
}

/** The same keys typed into a bare <textarea> on a blank page: the floor any page starts from. */
async function baseline(browser: Browser): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.setContent('<textarea rows="4" cols="60" aria-label="baseline"></textarea>');
  await page.focus('textarea');
  await page.evaluate(RECORD_LATENCIES);
  await page.keyboard.type(TYPED, { delay: KEY_GAP_MS });
  await page.waitForTimeout(300);
  const { latencies } = await readLatencies(page);
  await context.close();
  return latencies;
}

async function measureFirstRender(browser: Browser, f: Fixture) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const liveUrl = `${f.url}/#/cells/${f.cellId}/forums/${f.forumId}/live`;
  const renders: { mounted: number; painted: number }[] = [];
  for (let run = 0; run < RENDER_RUNS + 1; run++) {
    await page.goto(liveUrl);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    const tab = page.getByRole('tab', { name: 'Bảng tổng hợp' });
    await tab.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __t: Record<string, number> };
      w.__t = {};
      document.addEventListener('click', (e) => { w.__t.click = e.timeStamp; }, { capture: true, once: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'tusoi:matrix-mounted') {
            w.__t.mounted = entry.startTime;
            requestAnimationFrame(() => setTimeout(() => { w.__t.painted = performance.now(); }, 0));
          }
        }
      }).observe({ type: 'mark' });
    });
    await tab.click();
    await page.waitForFunction(() => (window as unknown as { __t: Record<string, number> }).__t.painted !== undefined, undefined, { timeout: 20_000 });
    const t = await page.evaluate(() => (window as unknown as { __t: Record<string, number> }).__t);
    if (run > 0) renders.push({ mounted: t.mounted - t.click, painted: t.painted - t.click }); // run 0 warms the caches
  }
  const cells = await page.getByRole('gridcell').count();
  await context.close();
  return { renders, cells };
}

/** Opens the matrix, then types into the first empty cell's statement (see the header). */
async function measureTyping(browser: Browser, f: Fixture) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${f.url}/#/cells/${f.cellId}/forums/${f.forumId}/live`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
  await page.getByRole('grid').waitFor();
  // Tab into the grid (its first empty cell), Enter opens the editor on the level, 2 picks
  // "có nguy cơ" and moves to the statement, then the text one key at a time.
  await page.getByRole('grid').getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  const statement = page.getByRole('group', { name: /^Sửa tự soi của / }).getByRole('textbox', { name: 'Nội dung tự soi' });
  await statement.waitFor();
  if (!(await statement.evaluate((el) => el === document.activeElement))) throw new Error('the statement field of the cell editor did not take the focus');
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(RECORD_LATENCIES);
  await page.keyboard.type(TYPED, { delay: KEY_GAP_MS });
  await page.waitForTimeout(300);
  const { latencies, frames } = await readLatencies(page);
  const typed = await statement.inputValue();
  if (typed !== TYPED) throw new Error(`the statement field holds ${typed.length} characters, not the ${TYPED.length} typed`);
  await context.close();
  return { latencies, frames };
}

async function measure(f: Fixture) {
  const launch = (extra: string[]) => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
  const atVsync = await launch([]);
  const unthrottled = await launch(UNTHROTTLED_ARGS);
  try {
    const { renders, cells } = await measureFirstRender(atVsync, f);
    const typing = await measureTyping(unthrottled, f);
    const typingAtVsync = await measureTyping(atVsync, f);
    const floor = await baseline(unthrottled);
    const floorAtVsync = await baseline(atVsync);
    return { renders, cells, typing, typingAtVsync, floor, floorAtVsync };
  } finally {
    await atVsync.close();
    await unthrottled.close();
  }
}

let cached: Promise<Awaited<ReturnType<typeof measure>>> | null = null;

function run() {
  cached ??= (async () => {
    const f = await fixture();
    try {
      return await measure(f);
    } finally {
      f.stop();
    }
  })();
  return cached;
}

export async function benchMatrixRender(): Promise<Check> {
  const { renders, cells } = await run();
  const painted = median(renders.map((r) => r.painted));
  console.log(`  ${cells} cells; tab click → mounted: median ${formatMs(median(renders.map((r) => r.mounted)))}; → painted: runs ${renders.map((r) => formatMs(r.painted)).join(', ')}`);
  return { label: `matrix ${MEMBERS} × 27 first render in Chromium (click → painted)`, figure: `median ${formatMs(painted)}`, target: '≤ 300 ms', pass: painted <= 300 };
}

export async function benchMatrixTyping(): Promise<Check> {
  const { typing, typingAtVsync, floor, floorAtVsync } = await run();
  const p = (values: number[], q: number) => formatMs(percentile(values, q));
  console.log(`  ${TYPED.length} characters typed, ${typing.latencies.length} inputs measured; max ${formatMs(Math.max(...typing.latencies))}; the frame's own work (rAF → painted): p50 ${p(typing.frames, 50)}, p95 ${p(typing.frames, 95)}`);
  console.log(`  reference, the same keys at 60 Hz (the span includes the wait for the vsync): p50 ${p(typingAtVsync.latencies, 50)}, p95 ${p(typingAtVsync.latencies, 95)}`);
  console.log(`  reference, an empty <textarea> on a blank page: p95 ${p(floor, 95)} unthrottled, ${p(floorAtVsync, 95)} at 60 Hz`);
  const [p50, p95] = [50, 95].map((q) => percentile(typing.latencies, q));
  return {
    label: `typing in a matrix cell (${MEMBERS} × 27): input → next frame painted (frames not held for vsync)`,
    figure: `p50 ${formatMs(p50)}, p95 ${formatMs(p95)}`,
    target: 'p95 ≤ 16 ms',
    pass: p95 <= 16,
  };
}

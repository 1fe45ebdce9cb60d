// `npm test`: type-check, lint, build, unit/contract/electron tests (vitest), end-to-end tests
// (Playwright + Debian Chromium), then ONE closing line "N passed, N failed" read from the JSON
// reports (type-check and lint count as one check each). CI reads that line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

let passed = 0;
let failed = 0;
const check = (ok) => (ok ? passed++ : failed++);

check(run('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
check(run('Lint', bin('eslint'), ['--max-warnings=0', '.']));
const built = run('Build', bin('electron-vite'), ['build']);
check(built);

const vitestJson = path.join(reports, 'vitest.json');
run('Unit, contract, Electron wiring and durability tests (vitest)', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);
const playwrightJson = path.join(reports, 'playwright.json');
run('End-to-end tests (Playwright, Chromium, browser mode)', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
} else {
  console.error('No vitest report: counting the whole vitest run as one failure.');
  failed++;
}

const playwright = readJson(playwrightJson);
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
  if ((playwright.errors ?? []).length > 0) failed++;
} else {
  console.error('No Playwright report: counting the whole end-to-end run as one failure.');
  failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

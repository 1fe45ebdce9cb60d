// The renderer's one door: it may import from src-main only the contract, and only types (zod must
// stay out of the bundle) — except method-names.ts, which has no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../src-renderer');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('renderer imports', () => {
  it('touches src-main only through the contract', () => {
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
        const [, , typeOnly, spec] = m;
        if (!spec.includes('src-main')) continue;
        const target = path.resolve(path.dirname(file), spec);
        const contract = path.resolve(__dirname, '../../src-main/contract');
        const allowedValue = target === path.join(contract, 'method-names');
        if (!target.startsWith(contract + path.sep) || (!typeOnly && !allowedValue)) {
          offenders.push(`${path.relative(root, file)} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('talks IPC or fetch only inside api/', () => {
    const offenders = sources(root)
      .filter((f) => !f.startsWith(path.join(root, 'api') + path.sep))
      .filter((f) => /\bfetch\(|window\.tusoi|EventSource/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});

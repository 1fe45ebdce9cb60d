// The lint rules that guard DESIGN.md's boundaries really fire (and stay quiet on allowed imports).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('architecture boundaries (lint)', () => {
  it.each([
    ['src-main/core/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['src-main/core/services/x.ts', "import { startHttpServer } from '../../server/http-server';\nexport const a = startHttpServer;"],
    ['src-main/core/domain/x.ts', 'export const w = window.innerWidth;'],
    ['src-main/contract/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['src-main/contract/x.ts', "import { createCore } from '../core/core';\nexport const a = createCore;"],
    ['src-renderer/features/x.tsx', "import { createCore } from '../../src-main/core/core';\nexport const a = createCore;"],
    ['src-renderer/features/x.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['src-main/preload/x.ts', "import { contract } from '../contract/methods';\nexport const a = contract;"],
    ['src-main/server/x.ts', "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImportMessages(file, code)).not.toEqual([]);
  });

  it.each([
    ['src-renderer/features/x.tsx', "import type { Cell } from '../../src-main/contract';\nexport type A = Cell;"],
    ['src-main/preload/x.ts', "import { contextBridge } from 'electron';\nimport { isMethodName } from '../contract/method-names';\nexport const a = [contextBridge, isMethodName];"],
    ['src-main/core/services/x.ts', "import { contract } from '../../contract';\nexport const a = contract;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImportMessages(file, code)).toEqual([]);
  });
});

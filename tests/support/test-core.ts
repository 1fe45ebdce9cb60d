// A real core on a real SQLite file in a fresh temporary folder, with a fixed clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import type { Input, MethodName, Output, Result } from '../../src-main/contract';

export function tempDir(prefix = 'tusoi-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore extends Core {
  dataDir: string;
  /** Calls a method and returns its data, failing the test on an error Result. */
  ok<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>>;
  /** Calls a method expecting an error Result; returns the error. */
  fail<M extends MethodName>(name: M, input: unknown): Promise<Extract<Result<unknown>, { ok: false }>['error']>;
}

export async function startTestCore(dataDir = tempDir(), options: { now?: () => Date } = {}): Promise<TestCore> {
  const core = await createCore({
    dataDir,
    now: options.now ?? (() => new Date('2026-11-23T08:00:00.000Z')),
    validateOutput: true,
    logger: { error: (message, error) => console.error(message, error) },
  });
  return {
    ...core,
    dataDir,
    async ok(name, input) {
      const result = await core.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.data as never;
    },
    async fail(name, input) {
      const result = await core.dispatch(name, input);
      if (result.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(result.data)}`);
      return result.error;
    },
  };
}

export const aCell = {
  name: 'Chi bộ Trường THPT Nguyễn Huệ',
  higherBody: 'Đảng bộ phường Vị Thanh',
  placeName: 'Vị Thanh',
  termStartYear: 2025,
  termEndYear: 2030,
} as const;

/** Eight members: six full (one bí thư, one phó bí thư), two probationary. */
export const eightMembers = [
  { fullName: 'Nguyễn Văn Tuấn', status: 'chinh_thuc', partyRole: 'bi_thu' },
  { fullName: 'Trần Thị Hằng', status: 'chinh_thuc', partyRole: 'pho_bi_thu' },
  { fullName: 'Lê Minh Đức', status: 'chinh_thuc', partyRole: 'chi_uy_vien' },
  { fullName: 'Phạm Ngọc Ánh', status: 'chinh_thuc', partyRole: 'dang_vien' },
  { fullName: 'Hoàng Hữu Lợi', status: 'chinh_thuc', partyRole: 'dang_vien' },
  { fullName: 'Vũ Thị Yến', status: 'chinh_thuc', partyRole: 'dang_vien' },
  { fullName: 'Đỗ Thanh Thọ', status: 'du_bi', partyRole: 'dang_vien' },
  { fullName: 'Bùi Đức An', status: 'du_bi', partyRole: 'dang_vien' },
] as const;

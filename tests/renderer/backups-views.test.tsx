// The recovery screen and the backup wording, rendered on the server (no DOM).
import { describe, expect, it } from 'vitest';
import type { BackupEntry, RecoveryStatus } from '../../src-main/contract/backups';
import RecoveryScreen from '../../src-renderer/features/backups/RecoveryScreen';
import { t } from '../../src-renderer/i18n';
import { renderHtml, textOf } from '../support/render-html';

const entry = (id: string, takenAt: string, reason: BackupEntry['reason'], cells: number, members: number): BackupEntry => ({
  id, takenAt, reason, sizeBytes: 3 * 1024 * 1024 + 200 * 1024, status: 'ok', schemaVersion: 8, cells, members, forums: 12,
});

const status = (backups: BackupEntry[]): RecoveryStatus => ({
  mode: 'recovery',
  message: 'Tệp dữ liệu /data/tu-soi.sqlite3 bị hỏng hoặc không phải dữ liệu của Tự soi.',
  dataFile: '/data/tu-soi.sqlite3',
  backups,
});

describe('recovery screen', () => {
  it('offers the good backups newest first, the newest marked, each with what it holds', () => {
    const backups = [
      entry('tu-soi-2026-11-23T08-00-00-000Z-daily.sqlite3', '2026-11-23T08:00:00.000Z', 'daily', 2, 41),
      entry('tu-soi-2026-11-20T08-00-00-000Z-import.sqlite3', '2026-11-20T08:00:00.000Z', 'import', 1, 40),
    ];
    const text = textOf(renderHtml(<RecoveryScreen status={status(backups)} onRescan={() => {}} rescanning={false} />));
    expect(text).toContain('Dữ liệu bị hỏng: hãy khôi phục từ bản sao lưu');
    expect(text).toContain('bị hỏng hoặc không phải dữ liệu của Tự soi');
    expect(text.match(/Mới nhất/g)).toHaveLength(1);
    expect(text.indexOf('Hằng ngày')).toBeLessThan(text.indexOf('Trước khi nhập dữ liệu'));
    expect(text).toContain('2 chi bộ, 41 đảng viên, 12 diễn đàn');
    expect(text).toContain('3,2 MB');
    expect(text.match(/Khôi phục bản này/g)).toHaveLength(2);
    expect(text).toContain('Tệp dữ liệu: /data/tu-soi.sqlite3');
  });

  it('says where to put a backup when none is usable, with a way to look again', () => {
    const text = textOf(renderHtml(<RecoveryScreen status={status([])} onRescan={() => {}} rescanning={false} />));
    expect(text).toContain('Không tìm thấy bản sao lưu nào dùng được');
    expect(text).toContain('Tìm lại');
    expect(text).not.toContain('Khôi phục bản này');
  });
});

describe('backup wording', () => {
  it('names every reason and sizes in Vietnamese number style', () => {
    expect(Object.keys(t.backups.reason).sort()).toEqual(['daily', 'import', 'manual', 'migration', 'restore']);
    expect(t.backups.size(900)).toBe('1 KB');
    expect(t.backups.size(1536 * 1024)).toBe('1,5 MB');
    const local = new Date(2026, 10, 23, 7, 5);
    expect(t.backups.when(local.toISOString())).toBe('07:05 ngày 23/11/2026');
  });
});

// Vietnamese strings of backups (in settings) and of the recovery screen shown when the data file
// is damaged.
import type { BackupReason } from '../../src-main/contract/backups';

const pad = (n: number) => String(n).padStart(2, '0');

export const viBackups = {
  navLabel: 'Sao lưu dữ liệu',
  title: 'Sao lưu dữ liệu',
  subtitle: 'Ứng dụng tự sao lưu mỗi ngày khi mở lần đầu, trước khi nâng cấp dữ liệu và trước mỗi lần nhập dữ liệu.',
  backupNow: 'Sao lưu ngay',
  backedUp: (when: string) => `Đã sao lưu lúc ${when}.`,
  listTitle: 'Các bản sao lưu',
  empty: 'Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên.',
  folder: (folder: string) => `Thư mục sao lưu: ${folder}`,
  col: {
    takenAt: 'Thời điểm',
    reason: 'Lý do',
    holds: 'Nội dung',
    size: 'Dung lượng',
    actions: 'Thao tác',
  },
  reason: {
    daily: 'Hằng ngày',
    migration: 'Trước khi nâng cấp dữ liệu',
    import: 'Trước khi nhập dữ liệu',
    manual: 'Sao lưu thủ công',
    restore: 'Trước khi khôi phục',
  } satisfies Record<BackupReason, string>,
  holds: (cells: number, members: number, forums: number) => `${cells} chi bộ, ${members} đảng viên, ${forums} diễn đàn`,
  status: {
    not_database: 'Không phải bản sao lưu của Tự soi',
    damaged: 'Bị hỏng',
    too_new: 'Của phiên bản mới hơn',
  },
  restore: 'Khôi phục…',
  restoreAria: (when: string) => `Khôi phục bản sao lưu lúc ${when}`,
  confirmTitle: 'Khôi phục bản sao lưu?',
  confirmIntro: (when: string) => `Dữ liệu sẽ trở về như lúc ${when}. Bản sao lưu này có:`,
  confirmSafety:
    'Trước khi thay, dữ liệu hiện tại được sao lưu thành một bản «Trước khi khôi phục», nên có thể quay lại nếu cần. Những gì ghi sau thời điểm trên sẽ không còn trong dữ liệu đang dùng.',
  confirmButton: 'Khôi phục',
  restored: (when: string) => `Đã khôi phục dữ liệu về lúc ${when}. Dữ liệu trước đó được giữ trong bản sao lưu «Trước khi khôi phục».`,
  keepTitle: 'Số bản sao lưu giữ lại',
  keepLabel: 'Số bản giữ lại',
  keepHelp: 'Khi vượt quá số này, bản cũ nhất được xoá. Từ 2 đến 200.',
  keepSave: 'Lưu số bản giữ lại',
  keepSaved: (n: number) => `Đã lưu: giữ lại ${n} bản sao lưu gần nhất.`,
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`,
  /** "2026-11-23T08:05:00Z" → "15:05 ngày 23/11/2026" (local time). */
  when: (iso: string) => {
    const d = new Date(iso);
    return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  },

  recovery: {
    pageTitle: 'Khôi phục dữ liệu',
    title: 'Dữ liệu bị hỏng: hãy khôi phục từ bản sao lưu',
    intro:
      'Tự soi không mở được tệp dữ liệu. Tệp hỏng sẽ được giữ lại nguyên vẹn bên cạnh (không bị xoá). Chọn một bản sao lưu tốt để tiếp tục làm việc.',
    detail: 'Chi tiết',
    dataFile: (file: string) => `Tệp dữ liệu: ${file}`,
    newest: 'Mới nhất',
    listTitle: 'Các bản sao lưu dùng được',
    none:
      'Không tìm thấy bản sao lưu nào dùng được trong thư mục «backups» cạnh tệp dữ liệu. Nếu có bản sao ở nơi khác, hãy chép vào thư mục đó rồi bấm «Tìm lại».',
    rescan: 'Tìm lại',
    restoreThis: 'Khôi phục bản này',
    restoreAria: (when: string) => `Khôi phục bản sao lưu lúc ${when}`,
    confirmTitle: 'Khôi phục bản sao lưu này?',
    confirmIntro: (when: string) => `Dữ liệu sẽ được khôi phục về lúc ${when}. Bản sao lưu này có:`,
    confirmButton: 'Khôi phục',
    done: 'Đã khôi phục. Đang mở lại ứng dụng…',
  },
};

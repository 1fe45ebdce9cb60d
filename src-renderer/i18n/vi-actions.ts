// Vietnamese strings of the action plan (kế hoạch khắc phục): its items, progress and follow-up at
// later forums, and the block on the cell's home screen.
import type { ActionOwnerKind } from '../../src-main/contract/documents';

const pct = (n: number) => `${n}%`;

export const viActions = {
  // The plan's columns, worded as the core words them in its messages.
  col: {
    no: 'TT',
    shortcoming: 'Hạn chế, khuyết điểm',
    indicators: 'Biểu hiện liên quan',
    cause: 'Nguyên nhân',
    measure: 'Nội dung, giải pháp khắc phục',
    owner: 'Chủ trì',
    ownerMember: 'Đồng chí chủ trì',
    supporting: 'Phối hợp',
    deadline: 'Thời hạn',
    expectedResult: 'Kết quả cần đạt',
    monitor: 'Người theo dõi',
    progress: 'Tiến độ',
    note: 'Ghi chú',
  },

  ownerKinds: { member: 'Một đồng chí', chi_uy: 'Chi ủy', cell: 'Chi bộ' } satisfies Record<ActionOwnerKind, string>,

  status: {
    overdue: 'Quá hạn',
    open: 'Đang thực hiện',
    notStarted: 'Chưa bắt đầu',
    done: 'Đã hoàn thành',
  },

  none: 'Chưa ghi',
  noDeadline: 'Không ghi thời hạn',
  indicatorShort: (no: number) => `Biểu hiện ${no}`,
  indicatorList: (nos: readonly number[]) => nos.map((n) => `(${n})`).join(', '),
  percent: pct,
  progressLabel: (n: number) => `Tiến độ ${pct(n)}`,
  daysOverdue: (days: number) => (days <= 0 ? 'quá hạn' : `quá hạn ${days} ngày`),
  deadlineOn: (date: string) => `Hạn ${date}`,
  completedOn: (date: string) => `Hoàn thành ngày ${date}`,
  howDone: 'Đã khắc phục thế nào',
  fromCommitment: 'Từ cam kết tự sửa',

  plan: {
    title: 'Kế hoạch khắc phục',
    intro: 'Mỗi việc ghi rõ hạn chế, giải pháp, người chủ trì và thời hạn; tiến độ được ghi tại các buổi sinh hoạt sau.',
    listLabel: 'Các việc trong kế hoạch khắc phục',
    count: (n: number, done: number, overdue: number) =>
      `${n} việc · ${done} đã hoàn thành${overdue > 0 ? ` · ${overdue} quá hạn` : ''}`,
    add: 'Thêm việc khắc phục',
    fromCommitments: 'Lấy từ cam kết tự sửa',
    fromCommitmentsHint: 'Mỗi cam kết tự sửa của buổi sinh hoạt thành một việc (chỉ thêm những cam kết chưa có).',
    fromCommitmentsAdded: (n: number) => (n === 0 ? 'Không có cam kết tự sửa mới để thêm.' : `Đã thêm ${n} việc từ cam kết tự sửa.`),
    empty: 'Kế hoạch chưa có việc nào: hãy lấy các cam kết tự sửa của buổi sinh hoạt, hoặc thêm từng việc.',
    readOnlyNote: 'Kế hoạch đã được thông qua nên nội dung các việc không sửa được; tiến độ vẫn được ghi.',
    edit: 'Sửa',
    editOf: (n: number) => `Sửa việc ${n}`,
    delete: 'Xoá',
    deleteOf: (n: number) => `Xoá việc ${n}`,
    deleteTitle: 'Xoá việc khắc phục',
    deleteConfirm: (text: string) => `Xoá việc “${text}” khỏi kế hoạch?`,
    deleteButton: 'Xoá việc này',
    deleted: 'Đã xoá việc khắc phục.',
  },

  form: {
    addTitle: 'Thêm việc khắc phục',
    editTitle: (n: number) => `Sửa việc khắc phục số ${n}`,
    label: 'Việc khắc phục',
    shortcomingPlaceholder: 'Ví dụ: Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.',
    indicatorsPlaceholder: 'Chọn số biểu hiện',
    indicatorsHint: 'Gõ số hoặc vài chữ của biểu hiện để tìm.',
    indicatorsNothing: 'Không có biểu hiện nào khớp.',
    groupTitle: (code: string, title: string) => `Nhóm ${code}. ${title}`,
    causePlaceholder: 'Ví dụ: Chưa dành thời gian tự học nghị quyết.',
    measurePlaceholder: 'Ví dụ: Mỗi tháng làm việc trực tiếp với hai bộ phận.',
    ownerMemberPlaceholder: 'Chọn đồng chí',
    supportingPlaceholder: 'Ví dụ: Tổ công đoàn',
    deadlineHint: 'Ngày/tháng/năm, ví dụ 30/6/2027. Để trống nếu không ấn định.',
    expectedPlaceholder: 'Ví dụ: Không còn buổi họp kéo dài quá 60 phút.',
    monitorPlaceholder: 'Ví dụ: Chi ủy',
    save: 'Lưu việc khắc phục',
    create: 'Thêm vào kế hoạch',
    saved: 'Đã lưu việc khắc phục.',
    created: 'Đã thêm việc vào kế hoạch.',
    conflictTitle: 'Việc này vừa được sửa ở nơi khác',
    conflictBody: 'Hai bản đều được giữ ở đây. Hãy chọn bản sẽ lưu; những chỗ khác nhau được liệt kê bên dưới.',
    conflictGone: 'Việc này vừa được sửa ở nơi khác. Hãy đóng lại rồi mở để xem bản mới nhất.',
    mine: 'Bản của bạn',
    theirs: 'Bản vừa lưu ở nơi khác',
    keepMine: 'Giữ bản của tôi',
    useTheirs: 'Dùng bản đã lưu',
    emptyValue: '(để trống)',
  },

  progress: {
    update: 'Cập nhật tiến độ',
    updateOf: (text: string) => `Cập nhật tiến độ: ${text}`,
    title: 'Cập nhật tiến độ',
    date: 'Ngày cập nhật',
    percent: 'Tiến độ (%)',
    percentHint: '100% là đã hoàn thành.',
    note: 'Ghi chú tiến độ',
    notePlaceholder: 'Ví dụ: Đã làm việc với bộ phận kế toán và tổ văn thư.',
    noteDone: 'Đã khắc phục thế nào',
    noteDonePlaceholder: 'Ví dụ: Từ tháng 1, các buổi giao ban đều dưới 60 phút; chi ủy đã kiểm tra.',
    noteDoneRequired: 'Việc đã hoàn thành: hãy ghi đã khắc phục thế nào.',
    percentInvalid: 'Hãy nhập tiến độ là số nguyên từ 0 đến 100.',
    save: 'Ghi tiến độ',
    saved: 'Đã ghi tiến độ.',
    history: 'Các lần cập nhật',
    historyEntry: (date: string, percent: number) => `${date}: ${pct(percent)}`,
    atForum: 'rà soát tại buổi sinh hoạt',
    noHistory: 'Chưa có lần cập nhật nào.',
  },

  review: {
    title: 'Rà soát việc khắc phục kỳ trước',
    intro: 'Các việc chưa xong từ những buổi sinh hoạt trước và những việc đã hoàn thành từ kỳ trước. Ghi tiến độ ngay tại đây.',
    none: 'Không có việc khắc phục nào từ các kỳ trước cần rà soát.',
    overdueTitle: (n: number) => `Quá hạn (${n})`,
    openTitle: (n: number) => `Còn trong hạn (${n})`,
    doneTitle: (n: number) => `Đã hoàn thành từ kỳ trước (${n})`,
    fromForum: (date: string) => `Đề ra tại buổi sinh hoạt ngày ${date}`,
    lastNote: (date: string, note: string) => `Lần cập nhật gần nhất (${date}): ${note}`,
    summaryTitle: 'Việc khắc phục kỳ trước',
    summary: (open: number, overdue: number, done: number) => {
      if (open === 0 && done === 0) return 'Không có việc khắc phục nào từ các kỳ trước cần rà soát.';
      const openPart = open === 0 ? 'Không còn việc nào chưa xong' : `${open} việc chưa xong${overdue > 0 ? `, trong đó ${overdue} việc quá hạn` : ''}`;
      const donePart = done > 0 ? `; ${done} việc đã hoàn thành từ kỳ trước` : '';
      return `${openPart}${donePart}. Sẽ rà soát ở bước Đề dẫn.`;
    },
    summaryOpen: 'Xem danh sách rà soát',
  },

  home: {
    title: 'Việc khắc phục',
    empty: 'Khi một buổi sinh hoạt kết thúc, các cam kết tự sửa trở thành việc khắc phục và được theo dõi tại đây.',
    allDone: (done: number) => `Cả ${done} việc khắc phục đã hoàn thành.`,
    summary: (open: number, overdue: number) =>
      `${open} việc chưa xong${overdue > 0 ? `, trong đó ${overdue} việc quá hạn` : ', không có việc quá hạn'}.`,
    overdueLabel: 'Các việc quá hạn',
    overdueLine: (owner: string, deadline: string, days: number) => `${owner} · hạn ${deadline} · quá hạn ${days} ngày`,
    openPlan: 'Xem kế hoạch',
    openPlanOf: (date: string) => `Xem kế hoạch khắc phục của buổi sinh hoạt ngày ${date}`,
    more: (n: number) => `và ${n} việc quá hạn khác`,
  },
};

// Vietnamese strings of the documents screen: nghị quyết, biên bản, kế hoạch khắc phục, báo cáo —
// the editor, the A4 preview, exports, the vote, reservations, adoption and amendments.
import type { DocumentType } from '../../src-main/contract/documents';

type VoteBasis = 'full_not_exempt' | 'full' | 'full_present';

export const viDocuments = {
  entry: {
    button: 'Văn bản',
    label: 'Văn bản của buổi sinh hoạt: nghị quyết, biên bản, kế hoạch khắc phục, báo cáo',
  },

  close: {
    button: 'Kết thúc buổi sinh hoạt',
    confirmTitle: 'Kết thúc buổi sinh hoạt',
    confirmBody:
      'Ghi giờ kết thúc và khép lại buổi sinh hoạt? Sau đó nội dung đã ghi chỉ còn để xem; các cam kết tự sửa được chuyển thành việc trong kế hoạch khắc phục. Tiếp theo là biểu quyết và thông qua các văn bản.',
    confirm: 'Kết thúc và sang phần văn bản',
    refusedTitle: 'Chưa kết thúc được buổi sinh hoạt',
  },

  page: {
    title: 'Văn bản',
    titleOf: (topic: string) => `Văn bản: ${topic}`,
    subtitle: (cellName: string, date: string) => `${cellName} · ${date}`,
    tabsLabel: 'Các văn bản của buổi sinh hoạt',
    backToLive: 'Về buổi sinh hoạt',
    setup: 'Thông tin diễn đàn',
    notInCell: 'Diễn đàn này không thuộc chi bộ đang xem.',
    draftForum: 'Buổi sinh hoạt chưa diễn ra: văn bản dưới đây là bản dự thảo từ phần chuẩn bị, sẽ tự đầy đủ dần khi buổi sinh hoạt được ghi lại.',
    liveNote: 'Buổi sinh hoạt đang diễn ra: các mục chưa sửa tay tự cập nhật theo nội dung được ghi.',
  },

  types: {
    NQ: 'Nghị quyết',
    BB: 'Biên bản',
    KH: 'Kế hoạch khắc phục',
    BC: 'Báo cáo',
  } satisfies Record<DocumentType, string>,

  status: {
    draft: 'Bản dự thảo',
    adopted: 'Đã thông qua',
    number: (numberText: string) => numberText,
    locked: 'Đã khoá: văn bản đã thông qua không sửa trực tiếp được. Muốn thay đổi, hãy tạo bản sửa đổi.',
    lockedShort: 'Đã khoá',
    versionOf: (n: number) => `Phiên bản ${n}`,
    amendmentOf: (n: number, author: string) => `Bản sửa đổi (phiên bản ${n}) của ${author}`,
  },

  editor: {
    sectionsLabel: 'Nội dung văn bản, từng mục',
    toolbarLabel: (title: string) => `Định dạng chữ của mục ${title}`,
    editorLabel: (title: string) => `Nội dung mục ${title}`,
    bold: 'Chữ đậm',
    italic: 'Chữ nghiêng',
    underline: 'Gạch chân',
    heading: 'Tiêu đề mục',
    paragraph: 'Đoạn văn thường',
    align: { left: 'Căn trái', center: 'Căn giữa', right: 'Căn phải', justify: 'Căn đều hai bên' },
    indent: 'Thụt đầu dòng',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    edited: 'Đã sửa tay',
    editedTitle: 'Mục này đã được sửa tay: khi nội dung buổi sinh hoạt thay đổi, mục này giữ nguyên.',
    followsRecord: 'Theo nội dung đã ghi',
    regenerate: 'Soạn lại từ biên bản',
    regenerateOf: (title: string) => `Soạn lại mục ${title} từ nội dung đã ghi`,
    regenerateTitle: 'Soạn lại mục từ nội dung đã ghi',
    regenerateBody: (title: string) =>
      `Mục «${title}» đã được sửa tay. Soạn lại sẽ thay phần đã sửa bằng nội dung dự thảo từ những gì đã ghi trong buổi sinh hoạt. Các mục khác giữ nguyên.`,
    regenerateConfirm: 'Soạn lại mục này',
    regenerated: (title: string) => `Đã soạn lại mục «${title}».`,
    tableReadOnly: 'Bảng được lập từ dữ liệu, không sửa ở đây.',
    tableSummary: (rows: number) => `Bảng ${rows} dòng, lập từ dữ liệu đã ghi — xem đầy đủ ở bản xem trước; không sửa ở đây.`,
    tableColumns: (titles: string[]) => `Các cột: ${titles.join('; ')}.`,
    emptySection: '(Mục này chưa có nội dung.)',
    actionFailed: 'Chưa thực hiện được',
  },

  preview: {
    title: 'Bản xem trước (khổ A4)',
    pages: (n: number) => `${n} trang`,
    frameTitle: (type: string) => `Bản xem trước ${type.toLowerCase()}, khổ A4`,
    loading: 'Đang dựng bản xem trước…',
    refreshing: 'Đang cập nhật…',
    failed: 'Chưa dựng được bản xem trước.',
    versionNote: (n: number) => `Đang xem phiên bản ${n}.`,
  },

  export: {
    groupLabel: 'Xuất văn bản',
    docx: 'Tải DOCX',
    pdf: 'In / PDF',
    xlsx: 'Tải XLSX',
    docxTitle: 'Tải tệp Word (DOCX) đúng thể thức văn bản của Đảng',
    pdfTitle: 'Tệp PDF từ bản in (trên trình duyệt: chọn “Lưu dưới dạng PDF” trong hộp thoại in)',
    xlsxTitle: 'Tải kế hoạch khắc phục dạng bảng tính (XLSX)',
    draftNote: 'Văn bản chưa thông qua được xuất là “Bản dự thảo” (có dấu DỰ THẢO).',
    working: 'Đang xuất…',
    saved: (fileName: string) => `Đã lưu tệp ${fileName}.`,
    downloaded: (fileName: string) => `Đã tải tệp ${fileName}.`,
    printing: 'Đã mở hộp thoại in.',
    cancelled: 'Đã huỷ lưu tệp.',
    failedTitle: 'Chưa xuất được văn bản',
  },

  adopt: {
    NQ: 'Thông qua nghị quyết',
    BB: 'Thông qua biên bản',
    KH: 'Thông qua kế hoạch',
    BC: 'Thông qua báo cáo',
    blockedPrefix: 'Chưa thông qua được:',
    confirmTitle: (type: string) => `Thông qua ${type.toLowerCase()}`,
    confirmBody:
      'Khi thông qua, văn bản được cấp số và khoá lại; mọi thay đổi sau đó phải làm bằng bản sửa đổi (các phiên bản đã thông qua vẫn được giữ). Thông qua ngay?',
    confirm: 'Thông qua và cấp số',
    done: (numberText: string | null) => (numberText ? `Đã thông qua: ${numberText}.` : 'Đã thông qua.'),
    failedTitle: 'Chưa thông qua được',
    adoptedOn: (date: string) => `Thông qua ${date}`,
  },

  amend: {
    button: 'Tạo bản sửa đổi',
    title: 'Tạo bản sửa đổi',
    intro: 'Bản sửa đổi là một phiên bản mới, bắt đầu từ bản đã thông qua; bản đã thông qua vẫn được giữ nguyên để tra cứu.',
    author: 'Người sửa đổi',
    authorPlaceholder: 'Ví dụ: Nguyễn Văn Đức, Bí thư',
    note: 'Lý do sửa đổi',
    notePlaceholder: 'Ví dụ: Bổ sung nhiệm vụ theo ý kiến của Đảng ủy phường',
    submit: 'Tạo bản sửa đổi',
    done: 'Đã tạo bản sửa đổi. Hãy sửa nội dung rồi thông qua lại.',
  },

  versions: {
    title: 'Các phiên bản',
    tableLabel: 'Các phiên bản của văn bản',
    col: {
      version: 'Phiên bản',
      status: 'Tình trạng',
      number: 'Số',
      date: 'Ngày',
      author: 'Người sửa đổi, lý do',
      actions: 'Xem',
    },
    view: (n: number) => `Xem phiên bản ${n}`,
    viewing: 'Đang xem',
    current: 'Bản hiện tại',
    backToCurrent: 'Về bản hiện tại',
    viewingNote: (n: number) => `Đang xem phiên bản ${n} (chỉ xem). Có thể xuất phiên bản này; nội dung đang soạn là bản hiện tại.`,
    none: '—',
  },

  vote: {
    title: 'Biểu quyết nghị quyết',
    eligible: (n: number) => `Đảng viên chính thức có mặt (được biểu quyết): ${n}`,
    probationary: (n: number) => `Đảng viên dự bị có mặt: ${n} — dự bị không biểu quyết, không tính vào kết quả.`,
    noProbationary: 'Không có đảng viên dự bị có mặt.',
    for: 'Tán thành',
    against: 'Không tán thành',
    abstain: 'Không biểu quyết',
    total: (sum: number, eligible: number) => `Tổng: ${sum}/${eligible} đảng viên được biểu quyết`,
    overTotal: (sum: number, eligible: number) => `Tổng ${sum} lớn hơn số đảng viên được biểu quyết (${eligible}).`,
    record: 'Ghi kết quả',
    recorded: 'Đã ghi kết quả biểu quyết.',
    passed: 'Nghị quyết được thông qua',
    notPassed: 'Nghị quyết chưa được thông qua',
    recordedAt: (time: string) => `Ghi lúc ${time}`,
    notYet: 'Chưa ghi kết quả biểu quyết.',
    ruleTitle: 'Quy định biểu quyết',
    ruleSummary: (basis: string, num: number, den: number, strictly: boolean) =>
      `${strictly ? 'Quá' : 'Từ'} ${num}/${den} số ${basis} tán thành`,
    ruleEdit: 'Sửa quy định',
    ruleHide: 'Ẩn quy định',
    ruleHint: 'Quy định dùng cho lần ghi kết quả này. Mặc định theo Điều lệ: quá một nửa số đảng viên chính thức của chi bộ (trừ người được miễn sinh hoạt).',
    basis: 'Căn cứ tính',
    basisOptions: {
      full_not_exempt: 'đảng viên chính thức (trừ miễn sinh hoạt)',
      full: 'đảng viên chính thức',
      full_present: 'đảng viên chính thức có mặt',
    } satisfies Record<VoteBasis, string>,
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    strictlyMore: 'Phải quá tỉ lệ (bằng đúng tỉ lệ là chưa đạt)',
    failedTitle: 'Chưa ghi được kết quả',
  },

  reservations: {
    title: 'Ý kiến bảo lưu',
    intro: 'Đảng viên chính thức không tán thành có quyền bảo lưu ý kiến; ý kiến được ghi vào biên bản.',
    empty: 'Không có ý kiến bảo lưu.',
    member: 'Đảng viên bảo lưu',
    memberPlaceholder: 'Chọn đảng viên chính thức',
    text: 'Nội dung ý kiến bảo lưu',
    add: 'Ghi ý kiến bảo lưu',
    added: 'Đã ghi ý kiến bảo lưu.',
    delete: (name: string) => `Xoá ý kiến bảo lưu của đồng chí ${name}`,
    deleteTitle: 'Xoá ý kiến bảo lưu',
    deleteBody: (name: string) => `Xoá ý kiến bảo lưu của đồng chí ${name}?`,
    deleteConfirm: 'Xoá ý kiến',
    unknownMember: 'Đảng viên không còn trong danh sách',
    failedTitle: 'Chưa ghi được ý kiến bảo lưu',
  },

  plan: {
    itemsTitle: 'Các việc khắc phục',
    editorMissing: 'Bảng các việc khắc phục sẽ có ở đây. Hiện có thể sửa phần lời của kế hoạch ở bên dưới.',
  },
};

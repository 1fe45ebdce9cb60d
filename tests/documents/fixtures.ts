// Realistic documents of one cell's forum (Chi bộ Văn phòng, Đảng bộ phường Đông Hà, 20/9/2026):
// the adopted resolution, the draft minutes and the action plan, as the drafting code would build
// them. Used by the writer tests and the look-at-it script.
import { heading, paragraph, type Block, type PartyDocument, type Run } from '../../src-main/core/documents/model';
import { planTableBlock, type PlanItem } from '../../src-main/core/documents/plan';
import type { PlanSheet } from '../../src-main/core/documents/xlsx-writer';

const HEADER = {
  higherBody: 'Đảng bộ phường Đông Hà',
  issuingBody: 'Chi bộ Văn phòng',
  place: 'Đông Hà',
  dateIso: '2026-09-20',
};

const SUMMARY =
  'về kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu 27 biểu hiện suy thoái về tư tưởng chính trị, ' +
  'đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá” theo Nghị quyết số 04-NQ/TW';

const bold = (text: string): Run => ({ text, bold: true });
const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });

export const RECIPIENTS = ['Đảng ủy phường Đông Hà (báo cáo);', 'Đảng viên trong chi bộ (thực hiện);', 'Lưu Chi bộ.'];

export const VOTE_LINE = 'Nghị quyết được 15/16 đồng chí đảng viên chính thức biểu quyết tán thành (đạt 93,8%).';

export function resolutionFixture(): PartyDocument {
  return {
    profileId: 'HD36-2018',
    typeCode: 'NQ',
    draft: false,
    header: { ...HEADER, number: '01' },
    title: 'NGHỊ QUYẾT',
    summary: SUMMARY,
    blocks: [
      paragraph('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;'),
      paragraph(
        '- Căn cứ Nghị quyết số 04-NQ/TW, ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng (khóa XII) về tăng cường xây dựng, ' +
          'chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, ' +
          '“tự chuyển hoá” trong nội bộ;',
      ),
      paragraph('- Căn cứ Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII) về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị;'),
      paragraph('- Căn cứ Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm;'),
      paragraph('- Căn cứ Kế hoạch số 45-KH/ĐU, ngày 15/8/2026 của Đảng ủy phường Đông Hà về tổ chức sinh hoạt chuyên đề năm 2026,'),
      paragraph('Chi bộ Văn phòng họp ngày 20/9/2026, có 18/20 đảng viên dự (chính thức 16, dự bị 2), sau khi thảo luận,'),
      { kind: 'paragraph', runs: [bold('QUYẾT NGHỊ:')], align: 'center', indent: false },
      heading('I- Đánh giá kết quả'),
      para(bold('1. Ưu điểm')),
      paragraph(
        'Chi bộ chuẩn bị chu đáo nội dung sinh hoạt; 18/18 đảng viên dự họp đã viết bản tự soi đối chiếu với các biểu hiện chi ủy ' +
          'gợi ý. Đồng chí Bí thư gương mẫu tự soi trước; các đồng chí đảng viên nghiêm túc nhận khuyết điểm, góp ý thẳng thắn, chân tình.',
      ),
      para(bold('2. Hạn chế, khuyết điểm')),
      paragraph(
        'Qua tự soi và góp ý, chi bộ xác định còn biểu hiện (5), (14) ở một số đồng chí: nể nang, né tránh, ngại va chạm trong góp ý ' +
          '(biểu hiện (5), 6 đồng chí tự nhận); còn tư tưởng cục bộ, chưa thực sự cầu thị trong tiếp thu ý kiến (biểu hiện (14), 3 đồng chí).',
      ),
      para(bold('3. Nguyên nhân')),
      paragraph(
        'Nguyên nhân khách quan: khối lượng công việc chuyên môn lớn. Nguyên nhân chủ quan: một số đồng chí chưa thường xuyên tự ' +
          'học tập, tu dưỡng, rèn luyện; chi ủy chưa kiểm tra, giám sát thường xuyên việc thực hiện cam kết.',
      ),
      heading('II- Nhiệm vụ, giải pháp khắc phục'),
      para(bold('1. Đối với chi ủy')),
      paragraph('Tăng cường giáo dục chính trị tư tưởng; đưa nội dung tự phê bình và phê bình vào sinh hoạt chi bộ hằng tháng; kiểm tra việc khắc phục biểu hiện (5), (14).'),
      para(bold('2. Đối với đảng viên')),
      paragraph('Mỗi đồng chí rà soát, bổ sung bản cam kết “tự sửa”, ghi rõ việc làm, thời hạn và kết quả cần đạt; báo cáo tiến độ tại sinh hoạt chi bộ hằng tháng.'),
      heading('III- Tổ chức thực hiện'),
      paragraph('Chi ủy ban hành kế hoạch khắc phục trong 15 ngày kể từ ngày ban hành nghị quyết; kiểm điểm kết quả tại sinh hoạt chi bộ tháng 12/2026 và báo cáo Đảng ủy phường.'),
      paragraph(VOTE_LINE),
    ],
    signatures: { left: null, right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Trần Thị Hồng Nhung' } },
    recipients: RECIPIENTS,
  };
}

export function minutesFixture(): PartyDocument {
  return {
    profileId: 'HD36-2018',
    typeCode: 'BB',
    draft: true,
    header: { ...HEADER, number: null },
    title: 'BIÊN BẢN',
    summary: 'sinh hoạt chuyên đề “tự soi, tự sửa” của Chi bộ Văn phòng',
    blocks: [
      paragraph('Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 20 tháng 9 năm 2026.'),
      paragraph('Địa điểm: Hội trường Ủy ban nhân dân phường Đông Hà.'),
      paragraph('Chủ trì: đồng chí Trần Thị Hồng Nhung, Bí thư Chi bộ. Thư ký: đồng chí Lê Văn Đức, đảng viên.'),
      paragraph('Khách mời: đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ Đảng ủy phường.'),
      paragraph('Tổng số đảng viên của chi bộ: 20 đồng chí (chính thức 17, dự bị 3); có mặt 18; vắng 2 (có lý do 2).'),
      heading('I- Nội dung'),
      para(bold('1. Đồng chí Trần Thị Hồng Nhung tự soi')),
      paragraph('Tự nhận biểu hiện (5): có lúc còn nể nang trong góp ý với cấp dưới. Cam kết: góp ý trực tiếp, cụ thể tại cuộc họp cơ quan hằng tháng, hoàn thành trước 31/12/2026.'),
      paragraph('Ý kiến góp ý: đồng chí Nguyễn Văn Bình: “đề nghị đồng chí chỉ rõ việc cụ thể, không nói chung chung”. Đồng chí Nhung tiếp thu.'),
      para(bold('2. Kết luận của chủ trì')),
      paragraph('Chi bộ xác định biểu hiện (5), (14) cần khắc phục; giao chi ủy xây dựng kế hoạch khắc phục.'),
      paragraph('Biểu quyết: 15/16 đồng chí đảng viên chính thức có mặt tán thành, 0 không tán thành, 1 không biểu quyết.'),
      paragraph('Biên bản kết thúc lúc 17 giờ 05 phút cùng ngày, đã đọc lại cho toàn thể đảng viên dự họp nghe và nhất trí thông qua.'),
    ],
    signatures: {
      left: { authority: null, title: 'THƯ KÝ', name: 'Lê Văn Đức' },
      right: { authority: null, title: 'CHỦ TRÌ', name: 'Trần Thị Hồng Nhung' },
    },
    recipients: null,
  };
}

export const PLAN_ITEMS: PlanItem[] = [
  {
    shortcoming: 'Còn nể nang, né tránh, ngại va chạm khi góp ý',
    indicators: '(5)',
    cause: 'Tâm lý giữ hoà khí, sợ mất lòng',
    measure: 'Góp ý trực tiếp, cụ thể tại sinh hoạt chi bộ hằng tháng; chi ủy nhận xét chất lượng góp ý',
    owner: 'Chi ủy',
    supporting: 'Toàn thể đảng viên',
    deadlineIso: '2026-12-31',
    expectedResult: 'Mỗi kỳ sinh hoạt có ít nhất 3 ý kiến góp ý cụ thể',
    monitor: 'Đ/c Nhung',
    progressPercent: 40,
    note: '',
  },
  {
    shortcoming: 'Chưa thực sự cầu thị trong tiếp thu ý kiến',
    indicators: '(14)',
    cause: 'Chưa thường xuyên tự tu dưỡng, rèn luyện',
    measure: 'Ghi nhận và trả lời bằng văn bản từng ý kiến góp ý; báo cáo kết quả với chi bộ',
    owner: 'Đ/c Lê Văn Đức',
    supporting: 'Chi ủy',
    deadlineIso: '2026-11-30',
    expectedResult: '100% ý kiến được trả lời',
    monitor: 'Đ/c Bình',
    progressPercent: 0,
    note: 'Cam kết cá nhân',
  },
  {
    shortcoming: 'Chưa thường xuyên nghiên cứu nghị quyết',
    indicators: '(1); Điều 1 QĐ 37',
    cause: 'Khối lượng công việc chuyên môn lớn',
    measure: 'Mỗi tháng nghiên cứu ít nhất một chuyên đề; viết thu hoạch',
    owner: 'Chi bộ',
    supporting: '',
    deadlineIso: null,
    expectedResult: 'Thu hoạch đạt yêu cầu',
    monitor: 'Chi ủy',
    progressPercent: null,
    note: 'Thường xuyên',
  },
];

export function planFixture(): PartyDocument {
  return {
    profileId: 'HD36-2018',
    typeCode: 'KH',
    draft: false,
    header: { ...HEADER, number: '01', dateIso: '2026-09-25' },
    title: 'KẾ HOẠCH',
    summary: 'khắc phục hạn chế, khuyết điểm sau sinh hoạt chuyên đề “tự soi, tự sửa”',
    landscape: true,
    blocks: [
      paragraph('Thực hiện Nghị quyết số 01-NQ/CB, ngày 20/9/2026 của Chi bộ Văn phòng, chi ủy xây dựng kế hoạch khắc phục như sau:'),
      heading('I- Mục đích, yêu cầu'),
      paragraph('Khắc phục dứt điểm các hạn chế, khuyết điểm đã được chỉ ra; mỗi việc có người chủ trì, thời hạn và kết quả cần đạt.'),
      heading('II- Nội dung, giải pháp khắc phục'),
      planTableBlock(PLAN_ITEMS),
      heading('III- Tổ chức thực hiện'),
      paragraph('Chi ủy theo dõi, đôn đốc; kiểm điểm tiến độ tại sinh hoạt chi bộ hằng tháng.'),
    ],
    signatures: { left: null, right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Trần Thị Hồng Nhung' } },
    recipients: ['Đảng ủy phường Đông Hà (báo cáo);', 'Đảng viên trong chi bộ (thực hiện);', 'Lưu Chi bộ.'],
  };
}

export function planSheetFixture(): PlanSheet {
  return {
    higherBody: HEADER.higherBody,
    issuingBody: HEADER.issuingBody,
    title: 'Kế hoạch khắc phục hạn chế, khuyết điểm',
    subtitle: 'sau sinh hoạt chuyên đề “tự soi, tự sửa” ngày 20/9/2026 (kèm theo Kế hoạch số 01-KH/CB)',
    items: PLAN_ITEMS,
  };
}

export function reportFixture(): PartyDocument {
  return {
    profileId: 'HD36-2018',
    typeCode: 'BC',
    draft: true,
    header: { ...HEADER, number: '01', dateIso: '2026-09-22' },
    title: 'BÁO CÁO',
    summary: 'kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu 27 biểu hiện theo Nghị quyết số 04-NQ/TW',
    blocks: [
      paragraph('Thực hiện Kế hoạch số 45-KH/ĐU, ngày 15/8/2026 của Đảng ủy phường Đông Hà, Chi bộ Văn phòng báo cáo kết quả như sau:'),
      heading('I- Kết quả tổ chức sinh hoạt'),
      paragraph('Chi bộ tổ chức sinh hoạt ngày 20/9/2026; có 18/20 đảng viên dự; 18/18 đồng chí tự soi; 42 ý kiến góp ý.'),
      heading('II- Hạn chế, khuyết điểm được chỉ ra'),
      paragraph('Biểu hiện (5): 6 đồng chí; biểu hiện (14): 3 đồng chí.'),
      heading('III- Kiến nghị, đề xuất'),
      paragraph('Đề nghị Đảng ủy phường tổ chức tập huấn kỹ năng góp ý cho chi ủy các chi bộ.'),
    ],
    signatures: { left: null, right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Trần Thị Hồng Nhung' } },
    recipients: ['Đảng ủy phường Đông Hà (báo cáo);', 'Lưu Chi bộ.'],
  };
}

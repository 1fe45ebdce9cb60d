// The end-to-end scenario, as a facilitator runs it at 1366×768: a complete forum of eight
// members (six full, among them the bí thư and the phó bí thư; two probationary), focus on group II
// plus indicators 4 and 5. Only the set-up (cell, members, forum) and the final verification use
// the API; everything in between goes through the screen:
//   chuẩn bị (đề dẫn, a statement written ahead) → khai mạc (roll call with one excused absence,
//   secretary) → đề dẫn (the collective's review of group II) → tự soi (member form for some,
//   keyboard-only matrix for others) → SIGKILL of the server and a restart on the same port →
//   góp ý (ten comments, each answered; the speaker queue and timer) → ý kiến cấp trên → kết luận
//   (one from the app's draft, two typed).
// The presenter tab, opened with P, follows all along and never shows a statement unless
// "Chiếu nội dung này" is on. At the end every text typed is in live.get exactly (NFC), and the
// mirror and coverage views show the counts computed here from what was entered, in the API and on
// screen. Then the meeting ends and its documents follow, as test steps of the same scenario:
// Kết thúc buổi sinh hoạt → the vote (full members present only, the rule's arithmetic) → the
// resolution adopted as 01-NQ/CB → the minutes, the plan and the report adopted too → each exported
// as DOCX and through the print path as PDF; LibreOffice opens every DOCX and pdftotext finds the
// expected Vietnamese text in both PDFs, whose pages are turned into PNG to look at, and the
// preview shows as many A4 pages as the print → a second forum of the cell lists the first
// forum's actions in its review step, where progress is recorded. Every phase, the presenter and
// the documents are photographed (test-results/screens/forum-*).
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { convertToPdf, pdfPages, pdfText, requireTools } from '../documents/libreoffice';
import { lookAt, lookAtScreen, SCREENS_DIR } from './support/look';
import { callApi } from './support/api';
import { downloadDocx, flat, lookAtDocuments, pngPages, previewOf, printToPdf } from './support/documents';
import { appServerPerFile } from './support/server';

// One long scenario: a stuck step should fail in seconds, not at the end of the whole budget.
test.use({ actionTimeout: 15_000 });

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** Single-key shortcuts act only outside text fields: put the focus on the step's title first. */
async function pressOutsideFields(page: Page, key: string) {
  await page.locator('#live-step-title').focus();
  await page.keyboard.press(key);
}

/** Picks an option of a Mantine Select (searchable combobox in a portal). */
async function pick(page: Page, input: Locator, option: string | RegExp) {
  await input.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

// ---- The cell ----
const CELL = { name: 'Chi bộ Trường THPT Lê Lợi', higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà', termStartYear: 2025, termEndYear: 2030 };
const N = {
  tuan: 'Nguyễn Văn Tuấn',
  hang: 'Trần Thị Hằng',
  duc: 'Lê Minh Đức',
  anh: 'Phạm Ngọc Ánh',
  loi: 'Hoàng Hữu Lợi',
  yen: 'Vũ Thị Yến',
  tho: 'Đỗ Thanh Thọ',
  huong: 'Bùi Đức Hưởng',
} as const;
type Who = keyof typeof N;
const MEMBERS: { who: Who; status: 'chinh_thuc' | 'du_bi'; partyRole: 'bi_thu' | 'pho_bi_thu' | 'chi_uy_vien' | 'dang_vien'; birthYear: number }[] = [
  { who: 'tuan', status: 'chinh_thuc', partyRole: 'bi_thu', birthYear: 1971 },
  { who: 'hang', status: 'chinh_thuc', partyRole: 'pho_bi_thu', birthYear: 1978 },
  { who: 'duc', status: 'chinh_thuc', partyRole: 'chi_uy_vien', birthYear: 1983 },
  { who: 'anh', status: 'chinh_thuc', partyRole: 'dang_vien', birthYear: 1988 },
  { who: 'loi', status: 'chinh_thuc', partyRole: 'dang_vien', birthYear: 1965 },
  { who: 'yen', status: 'chinh_thuc', partyRole: 'dang_vien', birthYear: 1990 },
  { who: 'tho', status: 'du_bi', partyRole: 'dang_vien', birthYear: 1997 },
  { who: 'huong', status: 'du_bi', partyRole: 'dang_vien', birthYear: 1999 },
];
const FOCUS = [4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const GUEST = { name: 'Ngô Thanh Bình', position: 'Phó Bí thư Đảng ủy phường Đông Hà' };
const ABSENCE_REASON = 'Đi tập huấn chuyên môn tại Huế';

// ---- What the facilitator types ----
const FRAMING =
  'Thực hiện Kế hoạch của Đảng ủy phường, chi bộ sinh hoạt chuyên đề tự soi, tự sửa theo các biểu hiện nhóm II và các biểu hiện 4, 5. ' +
  'Đề nghị mỗi đồng chí nói rõ việc đã làm, việc chưa làm được và cách sửa.';
const COLLECTIVE_REVIEW_II = 'Tập thể chi bộ có lúc còn nể nang, ngại va chạm trong góp ý; việc kiểm tra, giám sát đảng viên chưa thường xuyên.';
const GUEST_REMARKS =
  'Đồng chí Ngô Thanh Bình ghi nhận chi bộ chuẩn bị chu đáo, tự soi nghiêm túc; đề nghị chi bộ cụ thể hóa các cam kết thành kế hoạch khắc phục có thời hạn.';

type Level = 'khong_co' | 'co_nguy_co' | 'co_bieu_hien';
const LEVEL_LABEL: Record<Level, string> = { khong_co: 'Không có biểu hiện', co_nguy_co: 'Có nguy cơ', co_bieu_hien: 'Có biểu hiện' };
const IDENTIFIES: Level[] = ['co_nguy_co', 'co_bieu_hien'];

interface Entry {
  assessment?: Level;
  statement?: string;
  commitment?: string;
  /** ISO date. */
  due?: string;
}

interface CommentPlan {
  from: Who;
  to: Who | 'chi_uy' | 'cap_tren';
  no: number | null;
  text: string;
  response: 'tiep_thu' | 'giai_trinh';
  answer: string;
}

// Grouped by who has the floor, in the order they speak.
const COMMENTS: CommentPlan[] = [
  {
    from: 'duc', to: 'tuan', no: 4,
    text: 'Đề nghị đồng chí Bí thư sắp xếp công việc để dự sinh hoạt đúng giờ, làm gương cho anh chị em.',
    response: 'tiep_thu', answer: 'Xin tiếp thu, từ tháng sau tôi sẽ đến sớm và chuẩn bị nội dung trước.',
  },
  {
    from: 'duc', to: 'chi_uy', no: 13,
    text: 'Báo cáo sơ kết của chi bộ còn nặng liệt kê việc đã làm, ít phân tích nguyên nhân của hạn chế.',
    response: 'tiep_thu', answer: 'Chi ủy tiếp thu, báo cáo kỳ tới sẽ có phần nguyên nhân và địa chỉ trách nhiệm.',
  },
  {
    from: 'loi', to: 'hang', no: 11,
    text: 'Đồng chí nên lắng nghe thêm ý kiến của giáo viên trẻ khi phân công chuyên môn trong tổ.',
    response: 'tiep_thu', answer: 'Tôi tiếp thu và sẽ họp tổ lấy ý kiến trước khi phân công.',
  },
  {
    from: 'loi', to: 'tho', no: 10,
    text: 'Đề nghị đồng chí chủ động nhận thêm việc chung của tổ, nhất là các buổi trực thay.',
    response: 'tiep_thu', answer: 'Em xin tiếp thu ý kiến của anh.',
  },
  {
    from: 'anh', to: 'tuan', no: 15,
    text: 'Một số cuộc họp do đồng chí chủ trì còn kéo dài; nên chuẩn bị nội dung gọn hơn.',
    response: 'tiep_thu', answer: 'Tiếp thu; tôi sẽ gửi nội dung trước và giữ mỗi cuộc họp trong một giờ.',
  },
  {
    from: 'anh', to: 'cap_tren', no: null,
    text: 'Đề nghị Đảng ủy phường gửi tài liệu hướng dẫn sớm hơn để chi bộ có thời gian nghiên cứu.',
    response: 'giai_trinh', answer: 'Tài liệu về muộn do chờ hướng dẫn của cấp trên; kỳ sau Đảng ủy sẽ gửi trước hai tuần.',
  },
  {
    from: 'tuan', to: 'duc', no: 14,
    text: 'Đồng chí cần dành thời gian gặp phụ huynh của học sinh cá biệt nhiều hơn.',
    response: 'giai_trinh', answer: 'Học kỳ này tôi kiêm thêm công tác công đoàn nên thời gian có hạn; tôi sẽ sắp xếp lại lịch gặp phụ huynh.',
  },
  {
    from: 'tuan', to: 'anh', no: null,
    text: 'Đồng chí nên mạnh dạn phát biểu hơn trong các buổi sinh hoạt chi bộ.',
    response: 'tiep_thu', answer: 'Em xin tiếp thu.',
  },
  {
    from: 'tho', to: 'hang', no: null,
    text: 'Cảm ơn chị đã hướng dẫn chuyên môn tận tình; đề nghị chị giữ lịch dự giờ đều đặn hơn.',
    response: 'tiep_thu', answer: 'Chị tiếp thu, sẽ lên lịch dự giờ cả học kỳ.',
  },
  {
    from: 'huong', to: 'loi', no: 15,
    text: 'Đề nghị anh gửi nội dung họp tổ trước để mọi người chuẩn bị, họp sẽ nhanh hơn.',
    response: 'tiep_thu', answer: 'Anh tiếp thu ý kiến của em.',
  },
];

const CONCLUSION_TUAN =
  'Đồng chí Nguyễn Văn Tuấn tự soi nghiêm túc, nhận rõ việc tự học và giờ giấc sinh hoạt chưa gương mẫu; tiếp thu ý kiến về họp kéo dài. ' +
  'Đề nghị đồng chí thực hiện đúng cam kết trước ngày 30/6/2027.';
const CONCLUSION_HANG =
  'Đồng chí Trần Thị Hằng nhận có biểu hiện áp đặt khi điều hành tổ và có nguy cơ hình thức trong báo cáo; cần lấy ý kiến tổ trước khi phân công.';
const CONCLUSION_COLLECTIVE_ADDED = 'Chi ủy chỉ đạo xây dựng kế hoạch khắc phục, báo cáo kết quả tại kỳ sinh hoạt tháng 3/2027.';

interface LiveSnapshot {
  phase: string;
  reviewOrder: string[];
  indicators: { no: number; text: string }[];
  members: { id: string; fullName: string; presence: string | null; absenceReason: string }[];
  counts: Record<string, number>;
  texts: { kind: string; subject: string; text: string }[];
  selfReviews: { subject: string; indicatorNo: number; assessment: string | null; statement: string; commitment: string; commitmentDue: string | null }[];
  comments: {
    fromMemberId: string; targetKind: string; targetMemberId: string | null; indicatorNo: number | null; text: string;
    responseKind: string | null; responseText: string;
  }[];
  queue: { memberId: string; position: number; status: string }[];
  timer: { startedAt: string | null; durationMs: number };
  mirrors: { subject: string; selfIdentified: number[]; raisedByPeers: number[]; raisedNotSelf: number[]; selfNotRaised: number[]; commentsReceived: number }[];
  coverage: { notYetSpoken: string[]; indicatorsWithoutStatement: number[]; membersWithoutComment: string[]; emptyCells: number };
  conclusionDrafts: { subject: string; text: string }[];
  forum: { secretaryMemberId: string | null };
}

interface PresenterSnapshot {
  phase: string;
  subjectName: string | null;
  indicator: { no: number; text: string } | null;
  shownStatement: { statement: string } | null;
  queue: { memberName: string; status: string }[];
  timer: { startedAt: string | null };
}

test('a complete forum, as a facilitator runs it, with the projector and a server crash', async ({ page }) => {
  test.setTimeout(600_000);

  // ---------------- Set-up through the API: the cell, its eight members, the forum ----------------
  const cell = await api<{ id: string }>(page, 'cell.create', CELL);
  const id = {} as Record<Who, string>;
  for (const m of MEMBERS) {
    id[m.who] = (await api<{ id: string }>(page, 'member.create', {
      cellId: cell.id, fullName: N[m.who], status: m.status, partyRole: m.partyRole, birthYear: m.birthYear,
    })).id;
  }
  const topic = 'Tự soi, tự sửa theo Nghị quyết 04-NQ/TW, học kỳ I năm học 2026–2027';
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic, date: '2026-12-18', startTime: '14:00', place: 'Phòng họp Hội đồng',
    chairMemberId: id.tuan, guests: [GUEST], focus: FOCUS,
  });
  const forumId = forum.id;
  const get = () => api<LiveSnapshot>(page, 'live.get', { forumId });
  const presenterGet = () => api<PresenterSnapshot>(page, 'presenter.get', { forumId });
  const initial = await get();
  const order = initial.reviewOrder;
  expect(order.slice(0, 4)).toEqual(['collective', id.tuan, id.hang, id.duc]);
  const indicatorText = (no: number) => initial.indicators.find((i) => i.no === no)!.text;
  const col = (no: number) => FOCUS.indexOf(no);
  const row = (subject: string) => order.indexOf(subject);

  // What this test enters, to compute the expected record, mirror and coverage at the end.
  const entered = new Map<string, Entry>();
  const enter = (subject: string, no: number, patch: Entry) => {
    const key = `${subject}|${no}`;
    entered.set(key, { ...entered.get(key), ...patch });
  };
  const statements = () => [...entered.values()].flatMap((e) => (e.statement ? [e.statement] : []));

  // ---------------- In from the forum list ----------------
  await page.goto(`${server.url}/#/cells/${cell.id}/forums`);
  await page.getByRole('link', { name: `Bắt đầu sinh hoạt: ${topic}` }).click();
  await expect(stepHeading(page, 'Chuẩn bị')).toBeVisible();

  // ---------------- Chuẩn bị: the đề dẫn; a statement written ahead ----------------
  const framing = page.getByRole('textbox', { name: 'Nội dung đề dẫn của đồng chí chủ trì' });
  await framing.fill(FRAMING);
  await expect(page.locator('[data-save-status="saved"]').first()).toBeVisible();
  await lookAtScreen(page, 'forum-01-chuan-bi');

  // Đỗ Thanh Thọ wrote his self-review ahead: entered from Chuẩn bị, without moving the meeting.
  const AHEAD = 'Có lúc còn so bì khi phân công trực, ngại nhận việc khó về mình.';
  await page.getByRole('button', { name: 'Đến bước Tự soi để nhập' }).click();
  await expect(page.getByText('Đang xem bước Tự soi; buổi sinh hoạt vẫn ở bước Chuẩn bị.')).toBeVisible();
  await pick(page, page.getByRole('combobox', { name: 'Người tự soi' }), new RegExp(`^\\d+\\. ${N.tho}$`));
  const thoCard = page.locator('[data-indicator-card="10"]');
  await thoCard.getByRole('radio', { name: /^Có nguy cơ/ }).check();
  await thoCard.getByRole('textbox', { name: 'Nội dung tự soi' }).fill(AHEAD);
  await thoCard.getByRole('textbox', { name: 'Nội dung tự soi' }).blur();
  await expect(thoCard.locator('[data-save-status="saved"]')).toHaveCount(2);
  enter(id.tho, 10, { assessment: 'co_nguy_co', statement: AHEAD });
  await lookAtScreen(page, 'forum-02-viet-truoc');
  await page.getByRole('button', { name: 'Về bước Chuẩn bị' }).click();
  await expect(stepHeading(page, 'Chuẩn bị')).toBeVisible();
  expect((await get()).phase).toBe('chuan_bi');

  // ---------------- Khai mạc: roll call, one excused absence, the secretary ----------------
  await page.getByRole('button', { name: /^Bước tiếp: Khai mạc/ }).click();
  await expect(stepHeading(page, 'Khai mạc')).toBeVisible();
  await page.getByRole('row', { name: new RegExp(N.yen) }).getByText('Vắng có lý do', { exact: true }).click();
  const reason = page.getByRole('textbox', { name: `Lý do vắng của đồng chí ${N.yen}` });
  await reason.fill(ABSENCE_REASON);
  await reason.blur();
  await expect.poll(async () => (await get()).members.find((m) => m.id === id.yen)?.absenceReason).toBe(ABSENCE_REASON);
  await page.getByRole('button', { name: 'Ghi có mặt cho 7 đồng chí chưa điểm danh' }).click();
  await page.getByRole('combobox', { name: 'Thư ký' }).selectOption({ label: N.duc });
  await expect(page.getByRole('heading', { name: /Đủ điều kiện sinh hoạt/ })).toBeVisible();
  await expect(page.getByText('Điểm danh xong, có thể sang bước tiếp.')).toBeVisible();
  const counts = page.locator('section[aria-labelledby="rc-counts"]');
  await expect(counts).toContainText('Tổng số8');
  await expect(counts).toContainText('Có mặt75 chính thức, 2 dự bị');
  await expect(counts).toContainText('Vắng11 có lý do, 0 không lý do');
  await lookAtScreen(page, 'forum-03-khai-mac');
  await page.getByRole('button', { name: /^Bước tiếp: Đề dẫn và kiểm điểm tập thể/ }).click();

  // ---------------- Đề dẫn: the collective's review of group II ----------------
  await expect(stepHeading(page, 'Đề dẫn và kiểm điểm tập thể')).toBeVisible();
  await expect(framing).toHaveValue(FRAMING);
  const groupII = page.getByRole('textbox', { name: /Tập thể chi bộ tự kiểm điểm — Nhóm II/ });
  await groupII.fill(COLLECTIVE_REVIEW_II);
  await groupII.blur();
  await expect.poll(async () => (await get()).texts.find((x) => x.kind === 'collective_review' && x.subject === 'II')?.text).toBe(COLLECTIVE_REVIEW_II);
  await lookAtScreen(page, 'forum-04-de-dan');

  // ---------------- Tự soi; the presenter opens with P ----------------
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Tự soi')).toBeVisible();
  const popup = page.waitForEvent('popup');
  await pressOutsideFields(page, 'p');
  const presenter = await popup;
  await presenter.setViewportSize({ width: 1366, height: 768 });
  // The facilitator's window stays in front (a background tab gets no animation frames).
  await page.bringToFront();
  /** Photographs the projector as it is now, then gives the front back to the facilitator. */
  const lookAtPresenter = async (name: string) => {
    await presenter.bringToFront();
    await presenter.screenshot({ path: path.join(SCREENS_DIR, `${name}-screen.png`) });
    await lookAt(presenter, name);
    await page.bringToFront();
  };
  const screen = presenter.locator('[data-presenter]');
  await expect(screen).toBeVisible();
  await expect(screen.locator('header')).toContainText('Tự soi');
  /** The projector shows none of the statements (nor comments) typed so far. */
  const presenterKeepsStatementsPrivate = async () => {
    const shown = await screen.innerText();
    for (const text of [...statements(), ...COMMENTS.map((c) => c.text)]) expect(shown, 'the projector shows a statement').not.toContain(text);
    expect(await presenter.locator('blockquote').count()).toBe(0);
  };
  await presenterKeepsStatementsPrivate();

  // Member by member: the bí thư, then (→) the phó bí thư. The projector follows.
  await pick(page, page.getByRole('combobox', { name: 'Người tự soi' }), new RegExp(`^\\d+\\. ${N.tuan}$`));
  await expect(screen).toContainText(N.tuan);
  const card = (no: number) => page.locator(`[data-indicator-card="${no}"]`);
  const fillCard = async (subject: string, no: number, e: Entry) => {
    const c = card(no);
    if (e.assessment) await c.getByRole('radio', { name: new RegExp(`^${LEVEL_LABEL[e.assessment]} \\(`) }).check();
    if (e.statement) await c.getByRole('textbox', { name: 'Nội dung tự soi' }).fill(e.statement);
    if (e.commitment) await c.getByRole('textbox', { name: 'Cam kết tự sửa' }).fill(e.commitment);
    if (e.due) {
      const [y, m, d] = e.due.split('-').map(Number);
      await c.getByRole('textbox', { name: 'Hạn sửa' }).fill(`${d}/${m}/${y}`);
    }
    await page.locator('#live-step-title').focus(); // leaving the card saves what is left
    await expect(c.locator('[data-save-status="dirty"], [data-save-status="saving"]')).toHaveCount(0);
    await expect(c.locator('[data-save-status="error"], [data-save-status="conflict"]')).toHaveCount(0);
    enter(subject, no, e);
  };
  const TUAN_4: Entry = {
    assessment: 'co_nguy_co',
    statement: 'Việc tự học nghị quyết chưa đều, có buổi sinh hoạt còn đến muộn.',
    commitment: 'Lập lịch tự học hằng tuần; đến sinh hoạt đúng giờ.',
    due: '2027-06-30',
  };
  await fillCard(id.tuan, 4, TUAN_4);
  await card(4).click({ position: { x: 10, y: 10 } });
  await expect.poll(async () => (await presenterGet()).indicator?.no).toBe(4);
  await expect(screen.locator('h1')).toHaveText(indicatorText(4));
  await expect(screen).toContainText(`Đang tự soi: Đồng chí ${N.tuan}`);
  await presenterKeepsStatementsPrivate();
  // One statement on the projector, on request, then off again.
  await card(4).getByRole('switch', { name: 'Chiếu nội dung này' }).click({ force: true });
  await expect(presenter.locator('blockquote')).toHaveText(TUAN_4.statement!);
  await lookAtPresenter('forum-06-presenter-chieu-noi-dung');
  await card(4).getByRole('switch', { name: 'Chiếu nội dung này' }).click({ force: true });
  await expect(presenter.locator('blockquote')).toHaveCount(0);
  await presenterKeepsStatementsPrivate();
  await fillCard(id.tuan, 12, { assessment: 'khong_co' });

  await pressOutsideFields(page, 'ArrowRight');
  await expect(screen).toContainText(`Đang tự soi: Đồng chí ${N.hang}`);
  await fillCard(id.hang, 11, {
    assessment: 'co_bieu_hien',
    statement: 'Khi điều hành tổ có lúc còn áp đặt, chưa lắng nghe ý kiến của các đồng chí trẻ.',
    commitment: 'Họp tổ lấy ý kiến trước khi quyết việc chung; mỗi tháng gặp riêng từng đồng chí.',
    due: '2027-03-31',
  });
  await fillCard(id.hang, 13, {
    assessment: 'co_nguy_co',
    statement: 'Báo cáo thành tích của tổ có lúc còn nặng về hình thức, nêu nhiều việc đã làm, ít nêu việc chưa làm được.',
  });
  await expect.poll(async () => (await presenterGet()).indicator?.no).toBe(13);
  await expect(screen.locator('h1')).toHaveText(indicatorText(13));
  await presenterKeepsStatementsPrivate();
  await lookAtScreen(page, 'forum-05-tu-soi-theo-dang-vien');
  await lookAtPresenter('forum-07-presenter-tu-soi');

  // ---------------- Bảng tổng hợp, keyboard only ----------------
  await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('gridcell')).toHaveCount(order.length * FOCUS.length);
  const cellAt = (subject: string, no: number) => page.locator(`#sr-matrix-r${row(subject)}-c${col(no)}`);
  const key = async (k: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(k);
  };
  // Tab from the tab list into the grid: the active cell is the first empty one.
  await page.keyboard.press('Tab');
  await expect(cellAt('collective', 4)).toBeFocused();
  await key('1');
  enter('collective', 4, { assessment: 'khong_co' });
  await key('ArrowRight');
  await key('Enter');
  await key('2');
  const COLLECTIVE_5 = 'Trong góp ý còn nể nang, ngại va chạm; có lúc góp ý chung chung, chưa chỉ rõ việc cụ thể.';
  await page.keyboard.type(COLLECTIVE_5);
  await key('Escape');
  enter('collective', 5, { assessment: 'co_nguy_co', statement: COLLECTIVE_5 });
  await expect(cellAt('collective', 5)).toBeFocused();
  await key('Tab');
  await expect(cellAt('collective', 10)).toBeFocused();
  await key('1');
  enter('collective', 10, { assessment: 'khong_co' });
  // Down to Lê Minh Đức, on to indicator 10, then 14 with a statement, then Tab to the next empty cell.
  await key('ArrowDown', row(id.duc) - row('collective'));
  await expect(cellAt(id.duc, 10)).toBeFocused();
  await key('1');
  enter(id.duc, 10, { assessment: 'khong_co' });
  await key('ArrowRight', col(14) - col(10));
  await key('Enter');
  await key('3');
  const DUC_14 = 'Chưa sâu sát tình hình học sinh cá biệt của lớp chủ nhiệm, còn giao phần lớn cho giáo viên bộ môn.';
  await page.keyboard.type(DUC_14);
  await lookAtScreen(page, 'forum-08-tu-soi-bang-dang-sua');
  await key('Escape');
  enter(id.duc, 14, { assessment: 'co_bieu_hien', statement: DUC_14 });
  await key('Tab');
  await expect(cellAt(id.duc, 15)).toBeFocused();
  await key('1');
  enter(id.duc, 15, { assessment: 'khong_co' });
  // Hoàng Hữu Lợi: indicator 15 with a statement, then 16 and 17 by Tab.
  await key('ArrowDown', row(id.loi) - row(id.duc));
  await expect(cellAt(id.loi, 15)).toBeFocused();
  await key('Enter');
  await key('2');
  const LOI_15 = 'Có buổi họp tổ kéo dài, chuẩn bị chưa kỹ nên còn làm mất thời gian của anh chị em.';
  await page.keyboard.type(LOI_15);
  const editor = page.getByRole('group', { name: `Sửa tự soi của ${N.loi} về biểu hiện 15` });
  // "Đã lưu" on screen, then at once Esc and on: what was shown as saved must survive the crash.
  await expect(editor.locator('[data-save-status="saved"]')).toBeVisible();
  await key('Escape');
  enter(id.loi, 15, { assessment: 'co_nguy_co', statement: LOI_15 });
  await key('Tab');
  await key('1');
  await key('Tab');
  await key('1');
  enter(id.loi, 16, { assessment: 'khong_co' });
  enter(id.loi, 17, { assessment: 'khong_co' });
  await expect(cellAt(id.loi, 17)).toBeFocused();
  // Saved (the pending mark goes once the core has answered).
  await expect(grid.locator('[data-pending]')).toHaveCount(0);
  const assessedCount = () => [...entered.values()].filter((e) => e.assessment).length;
  await expect(page.getByText(`${order.length * FOCUS.length - assessedCount()}/${order.length * FOCUS.length} ô trống`)).toBeVisible();
  await lookAtScreen(page, 'forum-09-tu-soi-bang-tong-hop');

  // ---------------- The crash: SIGKILL, then a restart on the same port ----------------
  await server.restart({ kill: true });
  // The open page goes on without a reload: the next cell is saved against the restarted server…
  await expect(cellAt(id.loi, 17)).toBeFocused();
  await key('ArrowRight');
  await key('1');
  enter(id.loi, 18, { assessment: 'khong_co' });
  await expect(grid.locator('[data-pending]')).toHaveCount(0);
  await expect.poll(async () => (await get()).selfReviews.find((r) => r.subject === id.loi && r.indicatorNo === 18)?.assessment).toBe('khong_co');
  // …and a reload shows the meeting where it was, with everything that was shown as saved.
  await page.reload();
  await expect(stepHeading(page, 'Tự soi')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Bảng tổng hợp' })).toHaveAttribute('aria-selected', 'true');
  for (const [k, e] of entered) {
    const [subject, no] = k.split('|');
    if (e.assessment) await expect(cellAt(subject, Number(no))).toHaveAttribute('aria-label', new RegExp(`: ${LEVEL_LABEL[e.assessment]}${e.statement ? ', có nội dung tự soi' : ''}$`));
  }
  await expect(page.getByText(`${order.length * FOCUS.length - assessedCount()}/${order.length * FOCUS.length} ô trống`)).toBeVisible();
  // The member form shows the texts of the phó bí thư as they were typed.
  await page.getByRole('tab', { name: 'Theo từng đảng viên' }).click();
  await pick(page, page.getByRole('combobox', { name: 'Người tự soi' }), new RegExp(`^\\d+\\. ${N.hang}$`));
  await expect(card(11).getByRole('textbox', { name: 'Nội dung tự soi' })).toHaveValue(entered.get(`${id.hang}|11`)!.statement!);
  await expect(card(11).getByRole('textbox', { name: 'Cam kết tự sửa' })).toHaveValue(entered.get(`${id.hang}|11`)!.commitment!);
  await expect(card(11).getByRole('textbox', { name: 'Hạn sửa' })).toHaveValue('31/03/2027');
  await card(11).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENS_DIR, 'forum-10-sau-khi-khoi-dong-lai-screen.png') });
  await lookAt(page, 'forum-10-sau-khi-khoi-dong-lai');
  await page.bringToFront();
  // The projector, left open through the crash, reconnects and follows again.
  const wasOn = (await presenterGet()).indicator!.no;
  await pressOutsideFields(page, 'ArrowDown');
  await expect(screen.locator('h1')).toHaveText(indicatorText(FOCUS[FOCUS.indexOf(wasOn) + 1]), { timeout: 20_000 });

  // ---------------- Góp ý: the queue, the timer, ten comments, each answered ----------------
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Góp ý')).toBeVisible();
  await expect(screen.locator('header')).toContainText('Góp ý');
  const panel = page.getByRole('complementary', { name: 'Người phát biểu và những phần còn thiếu' });
  // Three ask for the floor (the form in the panel); Lợi is moved up before Ánh.
  for (const who of ['duc', 'anh', 'loi'] as const) {
    await pick(page, panel.getByRole('combobox', { name: 'Thêm người phát biểu' }), N[who]);
    await panel.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect(panel.locator('[data-queue] li').filter({ hasText: N[who] })).toBeVisible();
  }
  await panel.getByRole('button', { name: `Đưa ${N.loi} lên trước` }).click();
  await expect(panel.locator('[data-queue] li')).toHaveText([/Lê Minh Đức/, /Hoàng Hữu Lợi/, /Phạm Ngọc Ánh/]);
  await expect(presenter.locator('ol li')).toHaveText([`1. ${N.duc}`, `2. ${N.loi}`, `3. ${N.anh}`]);

  const form = page.getByRole('form', { name: 'Ghi ý kiến góp ý' });
  const fromInput = form.getByRole('combobox', { name: 'Người góp ý' });
  const callNext = async (who: Who) => {
    await panel.getByRole('button', { name: 'Mời người tiếp theo' }).click();
    await expect(panel.locator('[data-speaker-now]')).toContainText(N[who]);
    await expect(fromInput).toHaveValue(N[who]); // "Người góp ý" follows the speaker
    await expect(screen.locator('aside')).toContainText(N[who]);
  };
  const addComment = async (c: CommentPlan) => {
    await expect(fromInput).toHaveValue(N[c.from]);
    const kind = c.to === 'chi_uy' ? 'Chi ủy' : c.to === 'cap_tren' ? 'Cấp ủy cấp trên' : 'Một đồng chí';
    await form.getByRole('radio', { name: kind, exact: true }).check();
    if (c.to !== 'chi_uy' && c.to !== 'cap_tren') await pick(page, form.getByRole('combobox', { name: 'Đồng chí được góp ý' }), N[c.to]);
    if (c.no !== null) await pick(page, form.getByRole('combobox', { name: 'Về biểu hiện' }), new RegExp(`^${c.no}\\. `));
    await form.getByRole('textbox', { name: 'Nội dung góp ý' }).fill(c.text);
    await page.keyboard.press('Control+Enter');
    await expect(form.getByText('Đã ghi góp ý.')).toBeVisible();
    // The recipient answers.
    const cardOf = page.locator('[data-comment]').filter({ hasText: c.text });
    await cardOf.getByRole('radio', { name: c.response === 'tiep_thu' ? 'Tiếp thu' : 'Giải trình', exact: true }).check();
    const answer = cardOf.getByRole('textbox', { name: 'Nội dung tiếp thu / giải trình' });
    await answer.fill(c.answer);
    await answer.blur();
    await expect(cardOf.locator('[data-save-status="saved"]')).toBeVisible();
    await expect(cardOf.getByRole('radio', { name: c.response === 'tiep_thu' ? 'Tiếp thu' : 'Giải trình', exact: true })).toBeChecked();
  };

  await callNext('duc');
  const timerRunning = async () => (await get()).timer.startedAt !== null;
  expect(await timerRunning()).toBe(true);
  // The projector's countdown runs with the facilitator's.
  const countdown = screen.locator('[data-countdown]');
  const first = Number(await countdown.getAttribute('data-countdown'));
  await expect.poll(async () => Number(await countdown.getAttribute('data-countdown'))).toBeLessThan(first - 500);
  await addComment(COMMENTS[0]);
  await addComment(COMMENTS[1]);

  await callNext('loi');
  // T stops the timer; the projector's countdown stops with it; T starts it again.
  await pressOutsideFields(page, 't');
  await expect.poll(timerRunning).toBe(false);
  await expect(panel.locator('[data-speaker-now]')).toContainText('Đang dừng');
  const stopped = await countdown.getAttribute('data-countdown');
  await page.waitForTimeout(1200);
  expect(await countdown.getAttribute('data-countdown')).toBe(stopped);
  await pressOutsideFields(page, 't');
  await expect.poll(timerRunning).toBe(true);
  await addComment(COMMENTS[2]);
  await addComment(COMMENTS[3]);

  await callNext('anh');
  await addComment(COMMENTS[4]);
  await addComment(COMMENTS[5]);
  await lookAtScreen(page, 'forum-11-gop-y');
  await lookAtPresenter('forum-12-presenter-gop-y');
  await presenterKeepsStatementsPrivate();

  // The others ask for the floor with Q, after being chosen as "Người góp ý".
  for (const [who, comments] of [['tuan', [COMMENTS[6], COMMENTS[7]]], ['tho', [COMMENTS[8]]], ['huong', [COMMENTS[9]]]] as const) {
    await pick(page, fromInput, N[who]);
    await pressOutsideFields(page, 'q');
    await expect(page.getByText(`Đã thêm ${N[who]} vào danh sách phát biểu.`)).toBeVisible();
    await expect(panel.locator('[data-queue] li').filter({ hasText: N[who] })).toBeVisible();
    await callNext(who);
    for (const c of comments) await addComment(c);
  }
  await panel.getByRole('button', { name: `Kết thúc lượt phát biểu của ${N.huong}` }).click();
  await expect(panel.locator('[data-speaker-now]')).toContainText('Chưa mời ai phát biểu.');
  await expect(panel.getByText(/^Đã phát biểu: 6:/)).toBeVisible();
  await expect(screen.locator('aside')).toContainText('Chưa có người phát biểu');
  const queue = (await get()).queue;
  expect(queue.map((q) => q.status)).toEqual(Array(6).fill('done'));
  expect([...queue].sort((a, b) => a.position - b.position).map((q) => q.memberId)).toEqual(
    (['duc', 'loi', 'anh', 'tuan', 'tho', 'huong'] as const).map((w) => id[w]),
  );
  await expect(page.locator('[data-comment]')).toHaveCount(10);
  await lookAtScreen(page, 'forum-13-gop-y-xong');
  await presenterKeepsStatementsPrivate();

  // ---------------- Ý kiến cấp trên ----------------
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Ý kiến cấp trên')).toBeVisible();
  await expect(screen.locator('header')).toContainText('Ý kiến cấp trên');
  await expect(page.getByText(GUEST.name)).toBeVisible();
  const remarks = page.getByRole('textbox', { name: 'Ý kiến phát biểu của đại diện cấp trên' });
  await remarks.fill(GUEST_REMARKS);
  await remarks.blur();
  await expect(page.locator('[data-save-status="saved"]').first()).toBeVisible();
  await lookAtScreen(page, 'forum-14-y-kien-cap-tren');

  // ---------------- Kết luận ----------------
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Kết luận')).toBeVisible();
  const beforeConclusions = await get();
  const draft = beforeConclusions.conclusionDrafts.find((d) => d.subject === 'collective')!.text;
  expect(draft).not.toBe('');
  await page.getByRole('button', { name: 'Dùng bản nháp từ biên bản' }).click();
  const collectiveConclusion = page.getByRole('textbox', { name: 'Kết luận đối với tập thể chi bộ' });
  await expect(collectiveConclusion).toHaveValue(draft);
  // The chair adds a sentence at the end of the draft.
  await collectiveConclusion.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${CONCLUSION_COLLECTIVE_ADDED}`);
  await collectiveConclusion.blur();
  const collectiveText = `${draft}\n${CONCLUSION_COLLECTIVE_ADDED}`;
  await expect.poll(async () => (await get()).texts.find((x) => x.kind === 'conclusion' && x.subject === 'collective')?.text).toBe(collectiveText);
  await lookAtScreen(page, 'forum-15-ket-luan-tap-the');

  const conclusionTabs = page.getByRole('tablist', { name: 'Người được kết luận' });
  for (const [who, text] of [['tuan', CONCLUSION_TUAN], ['hang', CONCLUSION_HANG]] as const) {
    await conclusionTabs.getByRole('tab', { name: new RegExp(N[who]) }).click();
    const field = page.getByRole('textbox', { name: `Kết luận đối với đồng chí ${N[who]}` });
    await field.fill(text);
    await field.blur();
    await expect(page.locator('[data-save-status="saved"]').first()).toBeVisible();
  }
  await expect(page.getByText('Đã kết luận 3/9')).toBeVisible();

  // ---------------- The record, exactly as typed ----------------
  const end = await get();
  const nfc = (s: string) => s.normalize('NFC');
  const textOf = (kind: string, subject: string) => end.texts.find((x) => x.kind === kind && x.subject === subject)?.text;
  expect(textOf('framing', '')).toBe(nfc(FRAMING));
  expect(textOf('collective_review', 'II')).toBe(nfc(COLLECTIVE_REVIEW_II));
  expect(textOf('guest_remarks', '')).toBe(nfc(GUEST_REMARKS));
  expect(textOf('conclusion', 'collective')).toBe(nfc(collectiveText));
  expect(textOf('conclusion', id.tuan)).toBe(nfc(CONCLUSION_TUAN));
  expect(textOf('conclusion', id.hang)).toBe(nfc(CONCLUSION_HANG));
  expect(end.members.find((m) => m.id === id.yen)).toMatchObject({ presence: 'absent_excused', absenceReason: ABSENCE_REASON });
  expect(end.members.filter((m) => m.presence === 'present')).toHaveLength(7);
  expect(end.forum.secretaryMemberId).toBe(id.duc);

  const storedReviews = end.selfReviews.map((r) => ({
    key: `${r.subject}|${r.indicatorNo}`, assessment: r.assessment, statement: r.statement, commitment: r.commitment, due: r.commitmentDue,
  }));
  const expectedReviews = [...entered].map(([k, e]) => ({
    key: k, assessment: e.assessment ?? null, statement: nfc(e.statement ?? ''), commitment: nfc(e.commitment ?? ''), due: e.due ?? null,
  }));
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  expect(storedReviews.sort(byKey)).toEqual(expectedReviews.sort(byKey));

  const targetOf = (c: CommentPlan) =>
    c.to === 'chi_uy' || c.to === 'cap_tren' ? { targetKind: c.to, targetMemberId: null } : { targetKind: 'member', targetMemberId: id[c.to] };
  expect(end.comments).toHaveLength(COMMENTS.length);
  for (const c of COMMENTS) {
    const stored = end.comments.find((x) => x.text === nfc(c.text));
    expect(stored, c.text).toMatchObject({
      fromMemberId: id[c.from], ...targetOf(c), indicatorNo: c.no, responseKind: c.response, responseText: nfc(c.answer),
    });
  }

  // ---------------- Mirror and coverage, computed from what was entered ----------------
  const subjectOf = (c: CommentPlan) => (c.to === 'chi_uy' ? 'collective' : c.to === 'cap_tren' ? null : id[c.to]);
  const sortedUnique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const expectedMirror = (subject: string) => {
    const self = sortedUnique(
      [...entered].filter(([k, e]) => k.startsWith(`${subject}|`) && e.assessment && IDENTIFIES.includes(e.assessment)).map(([k]) => Number(k.split('|')[1])),
    );
    const received = COMMENTS.filter((c) => subjectOf(c) === subject);
    const peers = sortedUnique(received.flatMap((c) => (c.no === null ? [] : [c.no])));
    return {
      subject,
      selfIdentified: self,
      raisedByPeers: peers,
      raisedNotSelf: peers.filter((n) => !self.includes(n)),
      selfNotRaised: self.filter((n) => !peers.includes(n)),
      commentsReceived: received.length,
    };
  };
  for (const subject of order) expect(end.mirrors.find((m) => m.subject === subject), subject).toEqual(expectedMirror(subject));
  // The cases this scenario was written to produce, spelled out.
  expect(expectedMirror(id.tuan)).toMatchObject({ selfIdentified: [4], raisedByPeers: [4, 15], raisedNotSelf: [15], commentsReceived: 2 });
  expect(expectedMirror('collective')).toMatchObject({ selfIdentified: [5], raisedByPeers: [13], raisedNotSelf: [13], selfNotRaised: [5] });

  const present = end.members.filter((m) => m.presence === 'present').map((m) => m.id);
  const coverageSubjects = order.filter((s) => s === 'collective' || present.includes(s));
  const spoke = new Set([...entered].filter(([, e]) => e.assessment || e.statement).map(([k]) => k.split('|')[0]));
  const withStatement = new Set([...entered].filter(([, e]) => e.statement).map(([k]) => Number(k.split('|')[1])));
  const commented = new Set(COMMENTS.map(subjectOf));
  const assessedIn = (subjects: string[]) => [...entered].filter(([k, e]) => e.assessment && subjects.includes(k.split('|')[0])).length;
  const expectedCoverage = {
    notYetSpoken: coverageSubjects.filter((s) => !spoke.has(s)),
    indicatorsWithoutStatement: FOCUS.filter((no) => !withStatement.has(no)),
    membersWithoutComment: present.filter((m) => !commented.has(m)),
    emptyCells: coverageSubjects.length * FOCUS.length - assessedIn(coverageSubjects),
  };
  expect(end.coverage).toEqual(expectedCoverage);
  expect(expectedCoverage).toEqual({ notYetSpoken: [id.anh, id.huong], indicatorsWithoutStatement: [12, 16, 17, 18], membersWithoutComment: [id.huong], emptyCells: 73 });

  // On screen: the coverage panel…
  const coverage = page.locator('section[aria-labelledby="coverage-title"]');
  const block = (name: string) => coverage.locator(`[data-coverage="${name}"]`);
  await expect(block('notYetSpoken').locator('.mantine-Badge-root')).toHaveText(String(expectedCoverage.notYetSpoken.length));
  await expect(block('notYetSpoken').getByRole('listitem')).toHaveText([N.anh, N.huong]);
  await expect(block('indicatorsWithoutStatement').locator('.mantine-Badge-root').first()).toHaveText('4');
  await expect(block('indicatorsWithoutStatement').getByRole('listitem')).toHaveText(['12', '16', '17', '18']);
  await expect(block('membersWithoutComment').locator('.mantine-Badge-root')).toHaveText('1');
  await expect(block('membersWithoutComment').getByRole('listitem')).toHaveText([N.huong]);
  await expect(coverage.getByText(`${expectedCoverage.emptyCells} ô tự đánh giá còn trống`)).toBeVisible();

  // …and the mirror in Kết luận, for the bí thư and for the collective.
  const mirrorOnScreen = async (subject: string) => {
    const m = expectedMirror(subject);
    const view = page.locator(`[data-mirror="${subject}"]`);
    await expect(view).toBeVisible();
    const self = view.locator('.mantine-Paper-root').nth(0).getByRole('listitem');
    const peers = view.locator('.mantine-Paper-root').nth(1).getByRole('listitem');
    await expect(self).toHaveText(m.selfIdentified.map((n) => (m.selfNotRaised.includes(n) ? `${n} ≠` : String(n))));
    await expect(peers).toHaveText(m.raisedByPeers.map((n) => (m.raisedNotSelf.includes(n) ? `${n} ≠` : String(n))));
    if (m.raisedNotSelf.length > 0) await expect(view).toContainText(`Được góp ý nhưng chưa tự nhận: ${m.raisedNotSelf.join(', ')}`);
    if (m.selfNotRaised.length > 0) await expect(view).toContainText(`Tự nhận, chưa ai góp ý: ${m.selfNotRaised.join(', ')}`);
    await expect(view).toContainText(m.commentsReceived === 0 ? 'Chưa nhận góp ý nào' : `${m.commentsReceived} góp ý nhận được`);
  };
  await conclusionTabs.getByRole('tab', { name: new RegExp(N.tuan) }).click();
  await mirrorOnScreen(id.tuan);
  await lookAtScreen(page, 'forum-16-ket-luan-dang-vien');
  await conclusionTabs.getByRole('tab', { name: /Tập thể chi bộ/ }).click();
  await mirrorOnScreen('collective');

  // The projector at the end: the phase, no statement.
  await expect(screen.locator('header')).toContainText('Kết luận');
  await presenterKeepsStatementsPrivate();
  await lookAtPresenter('forum-17-presenter-ket-luan');
  await presenter.close();

  // ================= After the meeting: the documents, then the next forum =================
  const preview = previewOf(page);
  const TYPES = [
    { code: 'NQ', tab: 'Nghị quyết', title: 'NGHỊ QUYẾT', adopt: 'Thông qua nghị quyết' },
    { code: 'BB', tab: 'Biên bản', title: 'BIÊN BẢN', adopt: 'Thông qua biên bản' },
    { code: 'KH', tab: 'Kế hoạch khắc phục', title: 'KẾ HOẠCH', adopt: 'Thông qua kế hoạch' },
    { code: 'BC', tab: 'Báo cáo', title: 'BÁO CÁO', adopt: 'Thông qua báo cáo' },
  ] as const;
  const docxFiles = new Map<string, string>();
  const printed = new Map<string, string>();
  const previewPages = new Map<string, number>();

  await test.step('Kết thúc buổi sinh hoạt: the forum closes and its resolution is drafted from this record', async () => {
    await page.getByRole('button', { name: 'Kết thúc buổi sinh hoạt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc và sang phần văn bản' }).click();
    await expect(page).toHaveURL(new RegExp(`/forums/${forumId}/documents$`));
    await expect(page.getByRole('tab', { name: 'Nghị quyết', selected: true })).toBeVisible();
    await expect(page.getByText('Đã họp', { exact: true })).toBeVisible();
    await expect(preview.getByText('NGHỊ QUYẾT', { exact: true })).toBeVisible();
    await expect(preview.getByText('DỰ THẢO')).toBeVisible();
    // This meeting's roll call, and the indicators its members named.
    await expect(preview.getByText('có 7/8 đảng viên dự (chính thức 5, dự bị 2)', { exact: false })).toBeVisible();
    await expect(preview.getByText(/chi bộ xác định còn biểu hiện \(4\), \(10\), \(11\), \(13\), \(14\), \(15\) ở một số đồng chí/)).toBeVisible();
    await lookAtDocuments(page, 'forum-18-nghi-quyet-du-thao');
  });

  await test.step('the vote: full members present only, the arithmetic in words, adopted with its number', async () => {
    const vote = page.getByRole('region', { name: 'Biểu quyết nghị quyết' });
    await expect(vote.getByText('Đảng viên chính thức có mặt (được biểu quyết): 5')).toBeVisible();
    await expect(vote.getByText('Đảng viên dự bị có mặt: 2 — dự bị không biểu quyết, không tính vào kết quả.')).toBeVisible();
    await vote.getByLabel('Tán thành', { exact: true }).fill('4');
    await vote.getByLabel('Không tán thành', { exact: true }).fill('0');
    await vote.getByLabel('Không biểu quyết', { exact: true }).fill('1');
    await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect(vote.getByText('Nghị quyết được thông qua')).toBeVisible();
    // Four of six: the absent full member counts in the basis, the probationary members nowhere.
    await expect(vote.getByText(
      'Tán thành 4, không tán thành 0, không biểu quyết 1 (trên 5 đảng viên chính thức có mặt). Cần quá một nửa của 6 đảng viên chính thức không miễn sinh hoạt của chi bộ, tức tối thiểu 4 phiếu tán thành — được thông qua.',
    )).toBeVisible();
    await vote.screenshot({ path: path.join(SCREENS_DIR, 'forum-19-bieu-quyet.png') });
    await page.getByRole('button', { name: 'Thông qua nghị quyết', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thông qua và cấp số' }).click();
    await expect(page.getByTestId('document-number')).toHaveText('Số 01-NQ/CB');
    await expect(preview.getByText('DỰ THẢO')).toHaveCount(0);
    await expect(preview.getByText('Nghị quyết được 4/6 đồng chí đảng viên chính thức biểu quyết tán thành (đạt 66,7%).')).toBeVisible();
  });

  await test.step('the four documents adopted and exported as DOCX and as PDF (the print path)', async () => {
    for (const [i, type] of TYPES.entries()) {
      await page.getByRole('tab', { name: type.tab, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/documents(/${type.code})?$`));
      await expect(preview.getByText(type.title, { exact: true })).toBeVisible();
      if (type.code !== 'NQ') {
        await page.getByRole('button', { name: type.adopt, exact: true }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Thông qua và cấp số' }).click();
      }
      await expect(page.getByTestId('document-number')).toHaveText(`Số 01-${type.code}/CB`);
      await expect(page.getByText('Đã khoá', { exact: true })).toBeVisible();
      await lookAtDocuments(page, `forum-${20 + i}-${type.code.toLowerCase()}-da-thong-qua`);
      // The preview is laid out in A4 pages; compared with the printed PDF's below.
      previewPages.set(type.code, Number(await page.locator('[data-preview-pages]').getAttribute('data-preview-pages')));
      const docx = await downloadDocx(page);
      expect(docx.fileName).toMatch(/^01-.*\.docx$/);
      docxFiles.set(type.code, docx.file);
      printed.set(type.code, await printToPdf(page, `forum-in-${type.code}`));
    }
  });

  await test.step('the files, read back: LibreOffice opens each DOCX; both PDFs carry the Vietnamese text', async () => {
    requireTools();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-e2e-docx-'));
    const codes = TYPES.map((x) => x.code);
    const fromDocx = await convertToPdf(codes.map((c) => docxFiles.get(c)!), outDir);
    const HEADER = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ', 'CHI BỘ TRƯỜNG THPT LÊ LỢI'];
    /** A comment or answer as the minutes quote it: “…”, without its full stop. */
    const quoted = (text: string) => `“${text.replace(/\.$/u, '')}”`;
    const expected: Record<(typeof codes)[number], string[]> = {
      NQ: [
        ...HEADER, 'Số 01-NQ/CB', 'NGHỊ QUYẾT', 'có 7/8 đảng viên dự (chính thức 5, dự bị 2)', 'QUYẾT NGHỊ:',
        'Nghị quyết được 4/6 đồng chí đảng viên chính thức biểu quyết tán thành (đạt 66,7%).', 'T/M CHI BỘ', 'BÍ THƯ', N.tuan, 'Nơi nhận:',
      ],
      BB: [
        ...HEADER, 'Số 01-BB/CB', 'BIÊN BẢN', GUEST.name, `${N.yen} (có lý do: ${ABSENCE_REASON[0].toLowerCase()}${ABSENCE_REASON.slice(1)})`,
        quoted(COMMENTS[2].text), quoted(COMMENTS[2].answer), 'Nghị quyết được thông qua với 4/6 đồng chí tán thành (đạt 66,7%).', 'THƯ KÝ', 'CHỦ TRÌ', N.duc,
      ],
      // The plan's table wraps its cells: short phrases only (a cell's lines interleave with its neighbours' in the text).
      KH: [...HEADER, 'Số 01-KH/CB', 'KẾ HOẠCH', 'Lập lịch tự học', 'Họp tổ lấy ý kiến', '30/06/2027', '31/03/2027'],
      BC: [...HEADER, 'Số 01-BC/CB', 'BÁO CÁO', 'Đảng ủy phường Đông Hà', '4/6 đồng chí đảng viên chính thức tán thành (đạt 66,7%)'],
    };
    for (const [i, code] of codes.entries()) {
      for (const [kind, pdf] of [['docx', fromDocx[i]], ['in', printed.get(code)!]] as const) {
        const text = flat(await pdfText(pdf));
        for (const needle of expected[code]) expect(text, `${code} (${kind}) says «${needle}»`).toContain(flat(needle));
        expect(text, `${code} (${kind}) is final`).not.toContain('DỰ THẢO');
        if (kind === 'in') expect(previewPages.get(code), `${code}: the preview's pages are the printed ones`).toBe(await pdfPages(pdf));
        await pngPages(pdf, `forum-${kind}-${code}`);
      }
    }
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  await test.step('a second forum of the cell: its review step lists the first forum\'s actions', async () => {
    const topic2 = 'Kiểm điểm việc khắc phục sau sinh hoạt chuyên đề, học kỳ II năm học 2026–2027';
    await api(page, 'forum.create', {
      cellId: cell.id, topic: topic2, date: '2027-03-19', startTime: '14:00', place: 'Phòng họp Hội đồng', chairMemberId: id.tuan, focus: FOCUS,
    });
    await page.goto(`${server.url}/#/cells/${cell.id}/forums`);
    await page.getByRole('link', { name: `Bắt đầu sinh hoạt: ${topic2}` }).click();
    await expect(stepHeading(page, 'Chuẩn bị')).toBeVisible();
    const summary = page.getByRole('region', { name: 'Việc khắc phục kỳ trước' });
    await expect(summary).toContainText('2 việc chưa xong. Sẽ rà soát ở bước Đề dẫn.');
    await summary.getByRole('button', { name: 'Xem danh sách rà soát' }).click();
    await expect(stepHeading(page, 'Đề dẫn và kiểm điểm tập thể')).toBeVisible();
    const review = page.getByRole('region', { name: 'Rà soát việc khắc phục kỳ trước' });
    const open = review.getByRole('region', { name: 'Còn trong hạn (2)' });
    await expect(open.getByRole('article')).toHaveCount(2);
    for (const key of [`${id.tuan}|4`, `${id.hang}|11`]) await expect(open).toContainText(entered.get(key)!.commitment!);
    await expect(open.getByText('Đề ra tại buổi sinh hoạt ngày 18/12/2026')).toHaveCount(2);
    await lookAtScreen(page, 'forum-24-ky-sau-ra-soat');
    // Progress reviewed at this forum.
    const tuanItem = open.getByRole('article').filter({ hasText: TUAN_4.commitment! });
    await tuanItem.getByRole('button', { name: /^Cập nhật tiến độ/ }).click();
    const progress = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
    // Dated at this forum (the scenario's dates are fixed; "today" may fall before the first forum).
    await progress.getByLabel(/^Ngày cập nhật/).fill('19/3/2027');
    await progress.getByLabel(/^Tiến độ \(%\)/).fill('50');
    await progress.getByLabel(/^Ghi chú tiến độ/).fill('Đã lập lịch tự học; ba tháng qua đến sinh hoạt đúng giờ.');
    await progress.getByRole('button', { name: 'Ghi tiến độ' }).click();
    await expect(progress).toHaveCount(0);
    await expect(tuanItem).toContainText('50%');
    await expect(tuanItem).toContainText('Lần cập nhật gần nhất (19/03/2027): Đã lập lịch tự học; ba tháng qua đến sinh hoạt đúng giờ.');
    await lookAtScreen(page, 'forum-25-ky-sau-tien-do');
  });
});

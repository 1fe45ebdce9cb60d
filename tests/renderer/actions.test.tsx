// The action plan screens' pure helpers (the form's draft ↔ contract fields, what differs after a
// collision, statuses, the review's grouping, the home summary) and their props-only views, rendered
// to HTML in plain Node.
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import type { ActionItem } from '../../src-main/contract/documents';
import type { Cell } from '../../src-renderer/api/types';
import {
  completionOf, daysPast, differingFields, draftOf, emptyDraft, fieldsOf, homeSummary, indicatorsText, itemFromConflict, lastEntry,
  planPath, shorten, splitReview, statusOf,
} from '../../src-renderer/features/actions/action-helpers';
import { ActionItemView } from '../../src-renderer/features/actions/ActionItemView';
import { HomeActions } from '../../src-renderer/features/actions/HomeActions';
import { CellHomeView } from '../../src-renderer/features/cells/CellHomeView';
import { t } from '../../src-renderer/i18n';

const ts = '2026-12-10T08:00:00.000Z';
function item(over: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1', cellId: 'c1', forumId: 'f1', origin: null,
    shortcoming: 'Ít xuống các bộ phận nắm tình hình.', indicatorNos: [14], cause: '', measure: 'Mỗi tháng làm việc với hai bộ phận.',
    ownerKind: 'member', ownerMemberId: 'm1', ownerName: 'Đồng chí Nguyễn Văn Tuấn', supporting: '', deadline: '2027-01-31',
    expectedResult: '', monitor: 'Chi ủy', note: '', progress: 0, completedAt: null, overdue: false, history: [],
    createdAt: ts, updatedAt: ts, version: 1, ...over,
  };
}
const entry = (date: string, progress: number, note: string, forumId: string | null = null) => ({ id: `${date}-${progress}`, date, progress, note, forumId, createdAt: ts });

describe('the form draft', () => {
  it('turns a typed dd/mm/yyyy deadline into ISO, and an empty one into null', () => {
    const draft = { ...emptyDraft(), shortcoming: 'A', measure: 'B', ownerMemberId: 'm1', deadlineText: '5/3/2027', indicatorNos: [15, 4, 15] };
    expect(fieldsOf(draft)).toEqual({
      fields: {
        shortcoming: 'A', indicatorNos: [4, 15], cause: '', measure: 'B', ownerKind: 'member', ownerMemberId: 'm1', supporting: '',
        deadline: '2027-03-05', expectedResult: '', monitor: '', note: '',
      },
    });
    expect(fieldsOf({ ...draft, deadlineText: '  ' })).toMatchObject({ fields: { deadline: null } });
  });

  it('refuses a deadline that is not a date, in Vietnamese', () => {
    expect(fieldsOf({ ...emptyDraft(), deadlineText: '31/2/2027' })).toEqual({ deadlineError: expect.stringMatching(/^Ngày chưa đúng/) });
  });

  it('drops the member when the chi ủy or the cell owns the item', () => {
    const out = fieldsOf({ ...emptyDraft(), ownerKind: 'chi_uy', ownerMemberId: 'm1' });
    expect('fields' in out && out.fields.ownerMemberId).toBeNull();
  });

  it('starts an edit from the stored item, the deadline shown day first', () => {
    const draft = draftOf(item());
    expect(draft.deadlineText).toBe('31/01/2027');
    const back = fieldsOf(draft);
    expect('fields' in back && differingFields(back.fields, item())).toEqual([]);
  });
});

describe('after a collision', () => {
  it('lists the fields where my version and the stored one differ, in column order', () => {
    const mine = fieldsOf({ ...draftOf(item()), measure: 'Mỗi tháng làm việc với ba bộ phận.', deadlineText: '28/02/2027' });
    const theirs = item({ monitor: 'Đồng chí Bí thư', version: 2 });
    expect('fields' in mine && differingFields(mine.fields, theirs)).toEqual(['measure', 'deadline', 'monitor']);
  });

  it('reads the stored item from the error, or nothing', () => {
    expect(itemFromConflict(item())?.id).toBe('a1');
    expect(itemFromConflict(null)).toBeNull();
    expect(itemFromConflict({ id: 'x' })).toBeNull();
  });
});

describe('status and grouping', () => {
  it('counts whole days past a deadline', () => {
    expect(daysPast('2026-12-01', '2026-12-10')).toBe(9);
    expect(daysPast('2026-12-10', '2026-12-10')).toBe(0);
    expect(daysPast('2027-03-01', '2027-02-27')).toBe(-2);
    expect(daysPast('2026-03-28', '2026-03-30')).toBe(2); // across a DST change elsewhere
  });

  it('names the status of an item', () => {
    expect(statusOf(item())).toBe('notStarted');
    expect(statusOf(item({ progress: 40 }))).toBe('open');
    expect(statusOf(item({ overdue: true, progress: 40 }))).toBe('overdue');
    expect(statusOf(item({ completedAt: '2026-12-20', progress: 100 }))).toBe('done');
  });

  it('splits the review: overdue most overdue first, open by nearest deadline, done newest first', () => {
    const items = [
      item({ id: 'o2', overdue: true, deadline: '2026-11-30' }),
      item({ id: 'n2', deadline: null }),
      item({ id: 'o1', overdue: true, deadline: '2026-10-31' }),
      item({ id: 'n1', deadline: '2027-01-15' }),
      item({ id: 'd1', completedAt: '2026-11-01', progress: 100 }),
      item({ id: 'd2', completedAt: '2026-12-01', progress: 100 }),
    ];
    const parts = splitReview(items);
    expect(parts.overdue.map((i) => i.id)).toEqual(['o1', 'o2']);
    expect(parts.open.map((i) => i.id)).toEqual(['n1', 'n2']);
    expect(parts.done.map((i) => i.id)).toEqual(['d2', 'd1']);
    expect(homeSummary(items)).toMatchObject({ total: 6, open: 4, done: 2 });
  });

  it('finds the entry that completed an item, and the latest one', () => {
    const history = [entry('2026-12-20', 50, 'Đã làm một nửa.'), entry('2027-01-10', 100, 'Đã làm việc với hai bộ phận.')];
    expect(completionOf(item({ completedAt: '2027-01-10', progress: 100, history }))?.note).toBe('Đã làm việc với hai bộ phận.');
    expect(completionOf(item({ history }))).toBeNull();
    expect(lastEntry(item({ history }))?.progress).toBe(100);
    expect(lastEntry(item())).toBeNull();
  });

  it('writes indicators, shortens at a word, and links to the plan tab', () => {
    expect(indicatorsText([4, 14])).toBe('(4), (14)');
    expect(indicatorsText([])).toBe('Chưa ghi');
    expect(shorten('Một hai ba bốn năm sáu bảy tám chín mười', 20)).toBe('Một hai ba bốn năm…');
    expect(shorten('ngắn', 20)).toBe('ngắn');
    expect(planPath('c1', 'f1')).toBe('/cells/c1/forums/f1/documents/KH');
  });
});

describe('ActionItemView', () => {
  it('shows every column, the progress history with dates, and when and how it was completed', () => {
    const done = item({
      indicatorNos: [14, 15], cause: 'Chưa sắp xếp thời gian.', supporting: 'Văn phòng', expectedResult: 'Nắm được tình hình từng bộ phận.',
      progress: 100, completedAt: '2027-01-10',
      history: [entry('2026-12-20', 50, 'Đã làm việc với bộ phận kế toán.'), entry('2027-01-10', 100, 'Đã làm việc với cả hai bộ phận.', 'f2')],
    });
    const out = text(html(<ActionItemView item={done} no={2} today="2027-01-15" />));
    for (const s of [
      '2. Ít xuống các bộ phận nắm tình hình.', 'Hạn chế', 'Biểu hiện liên quan', '(14), (15)', 'Nguyên nhân', 'Chưa sắp xếp thời gian.',
      'Nội dung, giải pháp khắc phục', 'Chủ trì', 'Đồng chí Nguyễn Văn Tuấn', 'Phối hợp', 'Văn phòng', 'Thời hạn', '31/01/2027',
      'Kết quả cần đạt', 'Người theo dõi', 'Chi ủy', 'Tiến độ', '100%', 'Đã hoàn thành',
      'Hoàn thành ngày 10/01/2027 — Đã khắc phục thế nào: Đã làm việc với cả hai bộ phận.',
      '20/12/2026: 50%', '10/01/2027: 100%', 'rà soát tại buổi sinh hoạt',
    ]) expect(out).toContain(s);
  });

  it('marks an overdue item in words, with the days', () => {
    const out = text(html(<ActionItemView item={item({ overdue: true, deadline: '2026-12-01' })} no={1} today="2026-12-10" />));
    expect(out).toContain('Quá hạn · quá hạn 9 ngày');
    expect(out).not.toContain('Các lần cập nhật');
  });
});

describe('HomeActions and the cell home', () => {
  const dates = new Map([['f1', '2026-09-15']]);

  it('teaches in one sentence when the cell has no items yet', () => {
    const out = text(html(<HomeActions cellId="c1" items={[]} forumDates={dates} today="2026-12-10" />));
    expect(out).toContain('Việc khắc phục');
    expect(out).toContain('các cam kết tự sửa trở thành việc khắc phục');
  });

  it('lists overdue items in red with owner, deadline and days, and links to the plan', () => {
    const items = [item({ id: 'o1', overdue: true, deadline: '2026-11-30' }), item({ id: 'n1' }), item({ id: 'd1', completedAt: '2026-10-01', progress: 100 })];
    const markup = html(<HomeActions cellId="c1" items={items} forumDates={dates} today="2026-12-10" />);
    const out = text(markup);
    expect(out).toContain('2 việc chưa xong, trong đó 1 việc quá hạn.');
    expect(out).toContain('Đồng chí Nguyễn Văn Tuấn · hạn 30/11/2026 · quá hạn 10 ngày');
    expect(markup).toContain('href="/cells/c1/forums/f1/documents/KH"');
    expect(markup).toContain('aria-label="Xem kế hoạch khắc phục của buổi sinh hoạt ngày 15/09/2026"');
    expect(markup).toMatch(/data-home-overdue="o1"/);
    expect(markup).toContain('var(--mantine-color-red-text)');
  });

  it('says when everything is done', () => {
    const out = text(html(<HomeActions cellId="c1" items={[item({ completedAt: '2026-10-01', progress: 100 })]} forumDates={dates} today="2026-12-10" />));
    expect(out).toContain('Cả 1 việc khắc phục đã hoàn thành.');
  });

  it('appears on the cell home once the cell has forums', () => {
    const cell: Cell = {
      id: 'c1', name: 'Chi bộ Văn phòng', higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà', termStartYear: 2025, termEndYear: 2030,
      isSample: false, createdAt: '', updatedAt: '', version: 1, memberCounts: { total: 8, chinhThuc: 6, duBi: 2, exempt: 0, left: 0 },
    };
    const items = [item({ overdue: true, deadline: '2026-11-30' })];
    expect(text(html(<CellHomeView cell={cell} recent={[]} hasForums actions={items} forumDates={dates} today="2026-12-10" />))).toContain('quá hạn 10 ngày');
    expect(text(html(<CellHomeView cell={cell} recent={[]} hasForums={false} actions={items} />))).not.toContain('Việc khắc phục');
  });
});

describe('the review summary in Chuẩn bị', () => {
  it('says only the counts that are there', () => {
    const s = t.actions.review.summary;
    expect(s(3, 1, 1)).toBe('3 việc chưa xong, trong đó 1 việc quá hạn; 1 việc đã hoàn thành từ kỳ trước. Sẽ rà soát ở bước Đề dẫn.');
    expect(s(8, 0, 0)).toBe('8 việc chưa xong. Sẽ rà soát ở bước Đề dẫn.');
    expect(s(0, 0, 2)).toBe('Không còn việc nào chưa xong; 2 việc đã hoàn thành từ kỳ trước. Sẽ rà soát ở bước Đề dẫn.');
    expect(s(0, 0, 0)).toBe('Không có việc khắc phục nào từ các kỳ trước cần rà soát.');
  });
});

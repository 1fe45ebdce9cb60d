// The documents screen's pure parts — blocks ↔ editor JSON (checked against the editor's real
// schema), following the record while nobody edits, a section out of a CONFLICT, preview scaling,
// vote helpers — and its views rendered on the server (no DOM).
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import type { BlockDto, DocumentState, VoteResult } from '../../src-main/contract/documents';
import type { LiveState } from '../../src-main/contract/live';
import {
  blocksToDoc, blocksToText, docToBlocks, FOLLOW_STEP, followVersion, nextFollow, normalizeBlocks, realVersion, sameBlocks,
  startFollow, type DocNode,
} from '../../src-renderer/features/documents/blocks-doc';
import { BlocksView } from '../../src-renderer/features/documents/BlocksView';
import { isLandscapeHtml, LANDSCAPE_WIDTH_PX, PORTRAIT_WIDTH_PX, previewScale } from '../../src-renderer/features/documents/DocumentPreview';
import { ExportButtons, exportKindsOf } from '../../src-renderer/features/documents/ExportButtons';
import { documentsPath, isDocumentType } from '../../src-renderer/features/documents/paths';
import { EXTENSIONS } from '../../src-renderer/features/documents/RichTextEditor';
import { documentSaveKey, SectionEditor, sectionOfCurrent } from '../../src-renderer/features/documents/SectionEditor';
import { VersionList } from '../../src-renderer/features/documents/VersionList';
import { DEFAULT_VOTE_RULE, ruleSummary, VoteResultView, votersOf } from '../../src-renderer/features/documents/VotePanel';

const heading = (t: string): BlockDto => ({ kind: 'heading', text: t });
const para = (...runs: { text: string; bold?: boolean; italic?: boolean; underline?: boolean }[]): BlockDto => ({ kind: 'paragraph', runs });
const table: BlockDto = {
  kind: 'table',
  columns: [{ title: 'TT', width: 1, align: 'center' }, { title: 'Nội dung khắc phục', width: 6 }, { title: 'Thời hạn', width: 2 }],
  rows: [['1', 'Tự học nghị quyết đều đặn', '30/6/2026'], ['2', 'Góp ý thẳng thắn hơn', 'Thường xuyên']],
};

const schema = getSchema(EXTENSIONS);
/** The doc through the editor's real schema: refused if it does not fit, as the editor would give it back. */
const throughEditor = (doc: DocNode): DocNode => {
  const node = PmNode.fromJSON(schema, doc);
  node.check();
  return node.toJSON() as DocNode;
};

describe('blocks ↔ editor JSON', () => {
  const sample: BlockDto[] = [
    heading('I- ĐÁNH GIÁ KẾT QUẢ'),
    para({ text: 'Chi bộ đã tổ chức ' }, { text: 'nghiêm túc', bold: true }, { text: ' buổi sinh hoạt; ' }, { text: 'tự phê bình', italic: true, underline: true }, { text: ' thẳng thắn.' }),
    { kind: 'paragraph', runs: [{ text: 'Đông Hà, ngày 5 tháng 3 năm 2026', italic: true }], align: 'right', indent: false },
    table,
    para({ text: 'Dòng một\nDòng hai', bold: true }, { text: ' và tiếp theo' }),
  ];

  it('writes headings, marked runs, line breaks, layout and tables', () => {
    const doc = blocksToDoc(sample);
    expect(doc.type).toBe('doc');
    expect(doc.content![0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'I- ĐÁNH GIÁ KẾT QUẢ' }] });
    expect(doc.content![1].content![1]).toEqual({ type: 'text', text: 'nghiêm túc', marks: [{ type: 'bold' }] });
    expect(doc.content![1].content![3].marks).toEqual([{ type: 'italic' }, { type: 'underline' }]);
    expect(doc.content![2].attrs).toEqual({ align: 'right', indent: false });
    expect(doc.content![3]).toEqual({ type: 'partyTable', attrs: { columns: (table as { columns: unknown }).columns, rows: (table as { rows: unknown }).rows } });
    expect(doc.content![4].content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text', 'text']);
  });

  it('round-trips through the editor schema unchanged', () => {
    expect(docToBlocks(throughEditor(blocksToDoc(sample)))).toEqual(sample);
  });

  it('an empty section is one empty paragraph in the editor, and nothing back', () => {
    const doc = throughEditor(blocksToDoc([]));
    expect(doc.content).toHaveLength(1);
    expect(docToBlocks(doc)).toEqual([]);
  });

  it('merges adjacent text with the same marks and keeps a line break in its run', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Có lúc ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'còn ngại', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'va chạm' },
          ],
        },
      ],
    };
    expect(docToBlocks(doc)).toEqual([para({ text: 'Có lúc còn ngại\n', bold: true }, { text: 'va chạm' })]);
  });

  it('leaves out empty headings and paragraphs, and keeps the words of anything else', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '   ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '  ' }] },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: ' II- NHIỆM VỤ ', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Việc một' }] }] }] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([heading('II- NHIỆM VỤ'), para({ text: 'Việc một' })]);
  });

  it('stores Vietnamese text NFC', () => {
    const decomposed = 'Nghị quyết'.normalize('NFD');
    const [block] = docToBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: decomposed }] }] });
    expect(block).toEqual(para({ text: 'Nghị quyết'.normalize('NFC') }));
  });

  it('compares content the way the editor sees it', () => {
    expect(sameBlocks([para({ text: 'Chi bộ ' }, { text: 'Văn phòng' })], [para({ text: 'Chi bộ Văn phòng' })])).toBe(true);
    expect(sameBlocks([para({ text: 'Chi bộ', bold: false })], [para({ text: 'Chi bộ' })])).toBe(true);
    expect(sameBlocks([para({ text: 'Chi bộ', bold: true })], [para({ text: 'Chi bộ' })])).toBe(false);
    expect(normalizeBlocks([heading('A'), para({ text: ' ' })])).toEqual([heading('A')]);
  });

  it('gives plain text for the conflict panel', () => {
    expect(blocksToText([heading('I- KẾT QUẢ'), para({ text: 'Một ' }, { text: 'hai', bold: true }), table])).toBe(
      'I- KẾT QUẢ\n\nMột hai\n\nTT | Nội dung khắc phục | Thời hạn\n1 | Tự học nghị quyết đều đặn | 30/6/2026\n2 | Góp ý thẳng thắn hơn | Thường xuyên',
    );
  });
});

describe('following the record', () => {
  const a = [para({ text: 'Có mặt 7/8 đồng chí.' })];
  const b = [para({ text: 'Có mặt 8/8 đồng chí.' })];

  it('takes a record change while idle, with a version of its own above the last', () => {
    const f0 = startFollow(3, a);
    const f1 = nextFollow(f0, 3, b, false);
    expect(f1.blocks).toBe(b);
    expect(followVersion(f1)).toBe(3 * FOLLOW_STEP + 1);
    expect(followVersion(f1)).toBeGreaterThan(followVersion(f0));
    expect(realVersion(followVersion(f1))).toBe(3);
  });

  it('holds what is on screen while the user is in the section, and takes it after', () => {
    const f0 = startFollow(3, a);
    expect(nextFollow(f0, 3, b, true)).toBe(f0);
    expect(nextFollow(f0, 3, a, false)).toBe(f0);
    expect(nextFollow(f0, 3, b, false).blocks).toBe(b);
  });

  it('always takes a new document version, engaged or not', () => {
    const f = nextFollow(nextFollow(startFollow(3, a), 3, b, false), 4, a, true);
    expect(f).toEqual(startFollow(4, a));
    expect(followVersion(f)).toBe(4 * FOLLOW_STEP);
  });

  it('reads a section out of a CONFLICT, on the same scale', () => {
    const current = { version: 7, sections: [{ key: 'ket_qua', title: 'Kết quả', blocks: a, edited: true }] };
    expect(sectionOfCurrent(current, 'ket_qua')).toEqual({ value: a, version: 7 * FOLLOW_STEP });
    expect(sectionOfCurrent(current, 'khac')).toBeNull();
    expect(sectionOfCurrent(null, 'ket_qua')).toBeNull();
    expect(documentSaveKey('f1', 'NQ')).toBe('doc:f1:NQ');
  });
});

describe('preview, exports, paths, vote', () => {
  it('scales the A4 page down to the pane, never up', () => {
    expect(previewScale(420, PORTRAIT_WIDTH_PX)).toBeCloseTo(0.5);
    expect(previewScale(2000, PORTRAIT_WIDTH_PX)).toBe(1);
    expect(previewScale(0, PORTRAIT_WIDTH_PX)).toBe(1);
    expect(previewScale(590, LANDSCAPE_WIDTH_PX)).toBeCloseTo(0.5);
    expect(isLandscapeHtml('<main class="sheet landscape">')).toBe(true);
    expect(isLandscapeHtml('<main class="sheet">')).toBe(false);
  });

  it('offers XLSX for the plan only', () => {
    expect(exportKindsOf('KH')).toEqual(['docx', 'pdf', 'xlsx']);
    expect(exportKindsOf('NQ')).toEqual(['docx', 'pdf']);
  });

  it('knows the four types and the path', () => {
    expect(isDocumentType('BB')).toBe(true);
    expect(isDocumentType('XX')).toBe(false);
    expect(isDocumentType(undefined)).toBe(false);
    expect(documentsPath('c1', 'f1')).toBe('/cells/c1/forums/f1/documents');
    expect(documentsPath('c1', 'f1', 'KH')).toBe('/cells/c1/forums/f1/documents/KH');
  });

  it('counts full members present as voters, probationary members apart', () => {
    const m = (id: string, status: 'chinh_thuc' | 'du_bi', presence: LiveState['members'][number]['presence']) => ({
      id, fullName: id, status, partyRole: 'dang_vien' as const, exempt: false, presence, absenceReason: '',
    });
    expect(votersOf([m('a', 'chinh_thuc', 'present'), m('b', 'chinh_thuc', 'absent_excused'), m('c', 'du_bi', 'present'), m('d', 'chinh_thuc', null)])).toEqual({
      eligible: 1, probationary: 1,
    });
    expect(ruleSummary(DEFAULT_VOTE_RULE)).toBe('Quá 1/2 số đảng viên chính thức (trừ miễn sinh hoạt) tán thành');
    expect(ruleSummary({ basis: 'full_present', numerator: 2, denominator: 3, strictlyMore: false })).toBe('Từ 2/3 số đảng viên chính thức có mặt tán thành');
  });
});

describe('views', () => {
  const ts = '2026-03-05T03:00:00.000Z';

  it('shows blocks as text with their marks and tables', () => {
    const markup = html(<BlocksView blocks={[heading('I- KẾT QUẢ'), para({ text: 'Đã ' }, { text: 'tiếp thu', bold: true }), table]} />);
    expect(markup).toContain('<h2>I- KẾT QUẢ</h2>');
    expect(markup).toContain('<strong>');
    expect(text(markup)).toContain('Bảng 2 dòng, lập từ dữ liệu đã ghi');
    expect(text(markup)).toContain('Các cột: TT; Nội dung khắc phục; Thời hạn.');
    expect(text(html(<BlocksView blocks={[]} />))).toContain('Mục này chưa có nội dung.');
  });

  it('a section: title, "Đã sửa tay", regenerate, its text before the editor starts', () => {
    const props = {
      forumId: 'f1', typeCode: 'NQ' as const, docVersion: 2, act: (() => new Promise(() => {})) as never, latestVersion: () => 2,
    };
    const edited = text(html(<SectionEditor {...props} editable section={{ key: 'ket_qua', title: 'I. Kết quả', blocks: [para({ text: 'Chi bộ đã tổ chức nghiêm túc.' })], edited: true }} />));
    expect(edited).toContain('I. Kết quả');
    expect(edited).toContain('Đã sửa tay');
    expect(edited).toContain('Soạn lại từ biên bản');
    expect(edited).toContain('Chi bộ đã tổ chức nghiêm túc.');
    const locked = text(html(<SectionEditor {...props} editable={false} section={{ key: 'ket_qua', title: 'I. Kết quả', blocks: [para({ text: 'Văn bản đã khoá.' })], edited: false }} />));
    expect(locked).not.toContain('Soạn lại từ biên bản');
    expect(locked).not.toContain('Đã sửa tay');
    expect(locked).toContain('Văn bản đã khoá.');
  });

  it('the version list: adopted with its number, the amendment with author and reason', () => {
    const version = (versionNo: number, over: Partial<DocumentState['versions'][number]> = {}) => ({
      versionNo, status: 'adopted' as const, numberText: 'Số 01-NQ/CB', adoptedAt: ts, author: '', note: '', createdAt: ts, ...over,
    });
    const state: DocumentState = {
      forumId: 'f1', typeCode: 'NQ',
      current: { ...version(2, { status: 'draft', numberText: null, adoptedAt: null, author: 'Nguyễn Văn Đức', note: 'Bổ sung nhiệm vụ' }), sections: [], version: 1 },
      versions: [version(1), version(2, { status: 'draft', numberText: null, adoptedAt: null, author: 'Nguyễn Văn Đức', note: 'Bổ sung nhiệm vụ' })],
      editable: true, adoptBlocker: null,
    };
    const out = text(html(<VersionList state={state} viewing={null} onView={() => {}} />));
    expect(out).toContain('Số 01-NQ/CB');
    expect(out).toContain('Đã thông qua');
    expect(out).toContain('Bản dự thảo');
    expect(out).toContain('Nguyễn Văn Đức: Bổ sung nhiệm vụ');
    expect(out).toContain('Xem phiên bản 1');
    expect(out).toContain('Đang xem');
  });

  it('the vote result in words, green or red', () => {
    const vote: VoteResult = {
      forumId: 'f1', for: 5, against: 1, abstain: 0, rule: DEFAULT_VOTE_RULE, eligibleVoters: 6, basis: 7, required: 4, passed: true, percentFor: 71.4,
      explanation: 'Tán thành 5, không tán thành 1, không biểu quyết 0 (trên 6 đảng viên chính thức có mặt). Cần quá một nửa của 7 …, tức tối thiểu 4 phiếu tán thành — được thông qua.',
      recordedAt: ts,
    };
    const passed = html(<VoteResultView vote={vote} />);
    expect(text(passed)).toContain('Nghị quyết được thông qua');
    expect(text(passed)).toContain('tối thiểu 4 phiếu tán thành');
    expect(passed).toContain('data-vote-passed="true"');
    expect(text(html(<VoteResultView vote={{ ...vote, passed: false }} />))).toContain('Nghị quyết chưa được thông qua');
  });

  it('export buttons: DOCX and PDF, XLSX for the plan, the draft label', () => {
    const nq = text(html(<ExportButtons forumId="f1" typeCode="NQ" draft />));
    expect(nq).toContain('Tải DOCX');
    expect(nq).toContain('In / PDF');
    expect(nq).not.toContain('XLSX');
    expect(nq).toContain('Bản dự thảo');
    const kh = text(html(<ExportButtons forumId="f1" typeCode="KH" draft={false} />));
    expect(kh).toContain('Tải XLSX');
    expect(kh).not.toContain('Bản dự thảo');
  });
});

// The search result card: the ranges from the core become <mark>s on exactly those characters, the
// kind and who said it read in Vietnamese, and the links go to the forum, document and member.
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import { Highlighted, SearchHitCard, type SearchHit } from '../../src-renderer/features/search/SearchResults';

const base: SearchHit = {
  kind: 'comment', label: 'member', forumId: 'f1', forumTopic: 'Tự soi quý III', forumDate: '2026-09-15', cellId: 'c1',
  cellName: 'Chi bộ Văn phòng', memberId: 'm1', memberName: 'Đặng Văn Thọ', otherMemberId: 'm2', otherMemberName: 'Lê Minh Đức',
  indicatorNo: 4, commentId: 'k1', actionItemId: null, documentType: null,
  snippet: { text: 'Đồng chí Đức có lúc chưa gương mẫu về giờ giấc.', ranges: [{ start: 9, end: 12 }], cutStart: false, cutEnd: true },
};

describe('search results', () => {
  it('marks exactly the ranges, and shows where the text was cut', () => {
    const out = html(<Highlighted snippet={{ text: 'Nguyễn Văn Tuấn tiếp thu', ranges: [{ start: 0, end: 10 }, { start: 16, end: 20 }], cutStart: true, cutEnd: false }} />);
    expect([...out.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(['Nguyễn Văn', 'tiếp']);
    expect(text(out)).toMatch(/ … Nguyễn Văn Tuấn tiếp thu $/);
  });

  it('says what kind of text it is, who said it to whom, and links to the forum and the member', () => {
    const out = html(<SearchHitCard hit={base} />);
    expect(text(out)).toContain('Góp ý Biểu hiện (4) Chi bộ Văn phòng · 15/09/2026');
    expect(text(out)).toContain('Đặng Văn Thọ góp ý Lê Minh Đức');
    expect(text(out)).toContain('Đức có lúc chưa gương mẫu về giờ giấc. …');
    expect(out).toContain('href="/cells/c1/forums/f1/live"');
    expect(out).toContain('href="/cells/c1/members/m1/history"');
  });

  it('names a document by its type and section and links to it', () => {
    const hit: SearchHit = { ...base, kind: 'document', label: '3. Nguyên nhân', documentType: 'NQ', memberId: null, memberName: null, otherMemberId: null, otherMemberName: null, indicatorNo: null };
    const out = html(<SearchHitCard hit={hit} />);
    expect(text(out)).toContain('Nghị quyết — 3. Nguyên nhân');
    expect(out).toContain('href="/cells/c1/forums/f1/documents/NQ"');
    expect(out).not.toContain('/history');
  });

  it('labels the collective\'s statements and a conclusion', () => {
    expect(text(html(<SearchHitCard hit={{ ...base, kind: 'statement', label: '', memberId: null, memberName: null, otherMemberId: null, otherMemberName: null }} />))).toContain('Lời tự soi');
    expect(text(html(<SearchHitCard hit={{ ...base, kind: 'statement', label: '', memberId: null, memberName: null, otherMemberId: null, otherMemberName: null }} />))).toContain('Tập thể chi bộ');
    expect(text(html(<SearchHitCard hit={{ ...base, kind: 'forum_text', label: 'conclusion' }} />))).toContain('Kết luận');
  });
});

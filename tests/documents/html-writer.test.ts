// The print view: self-contained, laid out by the same profile as the DOCX (A4 and margins in
// @page, page numbers from page 2, fonts and sizes), with the same structure, and every piece of
// text escaped.
import { describe, expect, it } from 'vitest';
import { HD36_2018 } from '../../src-main/core/documents/format-profiles';
import { escapeHtml, renderPrintHtml } from '../../src-main/core/documents/html-writer';
import type { PartyDocument } from '../../src-main/core/documents/model';
import { RECIPIENTS, VOTE_LINE, minutesFixture, planFixture, resolutionFixture } from './fixtures';

const between = (html: string, start: string, end: string) => {
  const i = html.indexOf(start);
  const j = html.indexOf(end, i + start.length);
  if (i < 0 || j < 0) throw new Error(`no ${start} … ${end}`);
  return html.slice(i, j + end.length);
};

describe('print HTML', () => {
  const html = renderPrintHtml(resolutionFixture());

  it('is one self-contained page in Vietnamese, with no scripts or outside resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html).toContain('<title>NGHỊ QUYẾT về kết quả sinh hoạt chuyên đề');
  });

  it('sets A4, the profile margins, the font and page numbers from page 2 at the top centre', () => {
    const m = HD36_2018.page.margins;
    expect(html).toContain(`@page { size: 210mm 297mm; margin: ${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm;`);
    expect(html).toMatch(/@top-center \{ content: counter\(page\);/);
    expect(html).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif"');
    expect(renderPrintHtml(planFixture())).toContain('@page { size: 297mm 210mm;');
  });

  it('lays the header out in two columns, number and date on one row, with each element styled', () => {
    const header = between(html, '<table class="layout doc-header"', '</table>');
    const rows = header.split('<tr>').slice(1);
    expect(rows).toHaveLength(2);
    const [leftTop, rightTop] = rows[0].split('<td>').slice(1);
    expect(leftTop).toContain('class="higher-body" style="font-size:14pt;font-weight:400;font-style:normal;text-decoration:none;text-align:center;">ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ</p>');
    expect(leftTop).toContain('class="issuing-body" style="font-size:14pt;font-weight:700;font-style:normal;text-decoration:none;text-align:center;">CHI BỘ VĂN PHÒNG</p>');
    expect(leftTop).toContain('>*</p>');
    expect(rightTop).toContain('class="party-title" style="font-size:15pt;font-weight:700;font-style:normal;text-decoration:none;text-align:center;">ĐẢNG CỘNG SẢN VIỆT NAM</p>');
    expect(rightTop).toContain('<div class="rule"></div>');
    expect(html).toMatch(/\.rule \{ height: 0; width: 73mm; margin: 1pt auto 0; border-top: 0\.75pt solid #000; \}/);
    const [leftBottom, rightBottom] = rows[1].split('<td>').slice(1);
    expect(leftBottom).toContain('class="doc-number" style="font-size:14pt;font-weight:400;font-style:normal;text-decoration:none;text-align:center;">Số 01-NQ/CB</p>');
    expect(rightBottom).toContain('class="place-date" style="font-size:14pt;font-weight:400;font-style:italic;text-decoration:none;text-align:center;">Đông Hà, ngày 20 tháng 9 năm 2026</p>');
  });

  it('has the title, summary, body with indents, headings and the signature row', () => {
    expect(html).toMatch(/<h1 class="doc-title" style="font-size:16pt;font-weight:700;[^"]*text-align:center;">NGHỊ QUYẾT<\/h1>/);
    expect(html).toContain('class="summary-rule"');
    expect(html).toMatch(/<h2 class="indent" style="font-size:14pt;font-weight:700;[^"]*">I- ĐÁNH GIÁ KẾT QUẢ<\/h2>/);
    // The last paragraph keeps with the signatures, as in the DOCX.
    expect(html).toContain(`<p class="body indent keep-with-next" style="font-size:14pt;font-weight:400;font-style:normal;text-decoration:none;text-align:justify;">${VOTE_LINE}</p>`);
    expect(html).toContain(".keep-with-next { break-after: avoid;");
    expect(html).toContain('<p class="body" style="font-size:14pt;font-weight:400;font-style:normal;text-decoration:none;text-align:center;"><b>QUYẾT NGHỊ:</b></p>');
    expect(html).toContain('.indent { text-indent: 10mm; }');
    const signatures = between(html, '<table class="layout signatures"', '</table>');
    const [left, right] = signatures.split('<td>').slice(1);
    expect(left).toContain('class="recipients-label" style="font-size:14pt;font-weight:400;font-style:normal;text-decoration:underline;text-align:left;">Nơi nhận:</p>');
    for (const r of RECIPIENTS) expect(left).toContain(`style="font-size:12pt;font-weight:400;font-style:normal;text-decoration:none;text-align:left;">- ${r}</p>`);
    expect(right).toMatch(/class="signer-authority" style="font-size:14pt;font-weight:700;[^"]*">T\/M CHI BỘ<\/p>/);
    expect(right).toMatch(/class="signer-title" style="font-size:14pt;font-weight:400;[^"]*">BÍ THƯ<\/p>/);
    expect(right).toMatch(/class="signer-name" style="font-size:14pt;font-weight:700;[^"]*">Trần Thị Hồng Nhung<\/p>/);
    expect(html).not.toContain('draft-mark"');
  });

  it('shows the draft mark and the two signatures of the minutes, and keeps a blank number', () => {
    const minutes = renderPrintHtml(minutesFixture());
    expect(minutes).toMatch(/<div class="draft-mark" style="font-size:14pt;font-weight:700;[^"]*">DỰ THẢO<\/div>/);
    expect(minutes.indexOf('DỰ THẢO')).toBeLessThan(minutes.indexOf('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(minutes).toContain('>Số     -BB/CB</p>');
    expect(minutes).toContain('.doc-number { white-space: pre-wrap; }');
    const signatures = between(minutes, '<table class="layout signatures"', '</table>');
    expect(signatures).toMatch(/signature-left[\s\S]*THƯ KÝ[\s\S]*Lê Văn Đức[\s\S]*signature-right[\s\S]*CHỦ TRÌ[\s\S]*Trần Thị Hồng Nhung/);
    expect(minutes).not.toContain('Nơi nhận');
  });

  it('renders the plan table with a repeating header and proportional columns', () => {
    const plan = renderPrintHtml(planFixture());
    const table = between(plan, '<table class="data">', '</table>');
    expect(table).toContain('<thead><tr><th scope="col">TT</th><th scope="col">Hạn chế, khuyết điểm</th>');
    expect((table.match(/<col style="width:([\d.]+)%">/g) ?? []).length).toBe(12);
    const total = [...table.matchAll(/<col style="width:([\d.]+)%">/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(total).toBeCloseTo(100, 1);
    expect(table).toContain('<td style="text-align:center">31/12/2026</td>');
    expect((table.match(/<tr>/g) ?? []).length).toBe(4);
    expect(plan).toContain('table.data thead { display: table-header-group; }');
  });
});

describe('print HTML escaping', () => {
  const EVIL = `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`;

  it('escapes every piece of text: header, title, summary, runs, tables, signatures and recipients', () => {
    const doc: PartyDocument = {
      ...resolutionFixture(),
      draft: true,
      header: { higherBody: EVIL, issuingBody: EVIL, number: EVIL, place: EVIL, dateIso: '2026-09-20', issuerCode: '<b>' },
      title: EVIL,
      summary: EVIL,
      blocks: [
        { kind: 'heading', text: EVIL },
        { kind: 'paragraph', runs: [{ text: EVIL, bold: true }, { text: EVIL, italic: true, underline: true }] },
        { kind: 'table', columns: [{ title: EVIL, width: 1 }], rows: [[EVIL]] },
      ],
      signatures: { left: { authority: EVIL, title: EVIL, name: EVIL }, right: { authority: EVIL, title: EVIL, name: EVIL } },
      recipients: [EVIL],
    };
    const out = renderPrintHtml(doc);
    expect(out).not.toMatch(/<script|<img|onerror=alert\(1\)>|<b>-/i);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    // Upper-cased copies are escaped too.
    expect(out).toContain('&lt;SCRIPT&gt;ALERT(&quot;X&quot;)&lt;/SCRIPT&gt;');
    expect(out.match(/<(?!\/?(?:html|head|meta|title|style|body|main|div|table|colgroup|col|tr|td|th|thead|tbody|p|h1|h2|b|i|u|br)\b)[a-z]/gi)).toBeNull();
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes NFC text and turns line breaks into <br>', () => {
    const doc = resolutionFixture();
    doc.blocks = [{ kind: 'paragraph', runs: [{ text: 'Nguyễn Thị Hồng\nNhung'.normalize('NFD') }] }];
    const out = renderPrintHtml(doc);
    expect(out).toContain('Nguyễn Thị Hồng<br>Nhung'.normalize('NFC'));
    expect(out).not.toContain('Nguyễn'.normalize('NFD'));
  });
});

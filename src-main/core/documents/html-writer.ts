// A self-contained print view of a PartyDocument: one HTML page with inline CSS that lays the
// document out like the DOCX (same profile: A4 and margins through @page, fonts, sizes, the
// two-column header, the signature row), so the browser's print and Electron's printToPDF (with
// preferCSSPageSize) give the same pages. Page numbers from page 2 use @page margin boxes
// (Chromium 131+). No scripts, no external resources; every piece of text is escaped.
import {
  cleanText,
  formatNumberLine,
  formatPlaceDate,
  getFormatProfile,
  styled,
  type FormatProfile,
  type TextStyle,
} from './format-profiles';
import type { Block, PartyDocument, Run, Signature, TableBlock } from './model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/** Clean, case-styled, escaped text with '\n' as <br>. */
const text = (value: string, s: Pick<TextStyle, 'upper'> = { upper: false }): string =>
  styled(value, s)
    .split('\n')
    .map(escapeHtml)
    .join('<br>');

/** Inline CSS for one element style. */
function css(s: TextStyle, extra = ''): string {
  return (
    `font-size:${s.sizePt}pt;font-weight:${s.bold ? 700 : 400};font-style:${s.italic ? 'italic' : 'normal'};` +
    `text-decoration:${s.underline ? 'underline' : 'none'};text-align:${s.align};${extra}`
  );
}

const p = (content: string, s: TextStyle, className: string, extra = ''): string =>
  `<p class="${className}" style="${css(s, extra)}">${content}</p>`;

/** Renders the print view of a document as one HTML string. */
export function renderPrintHtml(doc: PartyDocument, profile: FormatProfile = getFormatProfile(doc.profileId)): string {
  const title = cleanText([doc.title, doc.summary].filter(Boolean).join(' '));
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(profile.language.split('-')[0])}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Tự soi — ${escapeHtml(profile.label)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${stylesheet(doc, profile)}</style>`,
    '</head>',
    '<body>',
    `<main class="sheet${doc.landscape ? ' landscape' : ''}">`,
    doc.draft ? `<div class="draft-mark" style="${css({ ...profile.draftMark, align: 'center' })}">${text(profile.draftMark.text, profile.draftMark)}</div>` : '',
    headerHtml(doc, profile),
    titleHtml(doc, profile),
    ...doc.blocks.map((block, i) => blockHtml(block, profile, i === doc.blocks.length - 1)),
    signatureHtml(doc, profile),
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function stylesheet(doc: PartyDocument, profile: FormatProfile): string {
  const { margins } = profile.page;
  const widthMm = doc.landscape ? profile.page.heightMm : profile.page.widthMm;
  const heightMm = doc.landscape ? profile.page.widthMm : profile.page.heightMm;
  const pn = profile.pageNumber;
  // The number's margin box spans the top margin; padding puts its line at fromTopMm.
  const numberPadMm = Math.max(0, pn.fromTopMm - 1);
  const font = `"${profile.font}", "Liberation Serif", "Tinos", "Times", serif`;
  const lineHeight = (1.15 * profile.body.lineSpacing).toFixed(3);
  return `
@page { size: ${widthMm}mm ${heightMm}mm; margin: ${margins.topMm}mm ${margins.rightMm}mm ${margins.bottomMm}mm ${margins.leftMm}mm;
  @top-center { content: counter(page); font-family: ${font}; font-size: ${pn.style.sizePt}pt; vertical-align: top; padding-top: ${numberPadMm}mm; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font-family: ${font}; font-size: ${profile.body.sizePt}pt; line-height: 1.15; color: #000; }
.sheet { background: #fff; width: ${widthMm}mm; min-height: ${heightMm}mm; margin: 8mm auto;
  padding: ${margins.topMm}mm ${margins.rightMm}mm ${margins.bottomMm}mm ${margins.leftMm}mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
p, h1, h2 { margin: 0; }
.doc-number { white-space: pre-wrap; } /* a blank number keeps its room to be written in by hand */
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { padding: 0; vertical-align: top; }
.draft-mark { display: inline-block; width: 32mm; border: ${profile.draftMark.boxed ? '1pt solid #000' : 'none'}; padding: 0.8mm 1mm; margin-bottom: 3mm; }
.rule { height: 0; width: ${profile.header.partyTitle.ruleLengthMm}mm; margin: 1pt auto 0; border-top: ${profile.header.partyTitle.ruleWeightPt}pt solid #000; }
.doc-title { margin-top: ${profile.header.spaceAfterMm + profile.title.spaceBeforeMm}mm; }
.doc-title, .summary, .summary-rule, h2 { break-after: avoid; }
.summary-rule { margin-bottom: ${profile.summaryRule.spaceAfterMm}mm; }
.body { line-height: ${lineHeight}; margin: ${profile.body.spaceBeforePt}pt 0 ${profile.body.spaceAfterPt}pt; }
.indent { text-indent: ${profile.body.firstLineIndentMm}mm; }
h2 { margin: ${profile.heading.spaceBeforePt}pt 0 ${profile.body.spaceAfterPt}pt; line-height: ${lineHeight}; }
/* 1 pt narrower than the text block: the collapsed outer border's half that lies outside the table
   box was cut off at the page's right edge in Chromium's print (the last column had no right rule). */
table.data { width: calc(100% - 1pt); border-collapse: collapse; table-layout: fixed; margin: 0 0 ${profile.body.spaceAfterPt}pt; font-size: ${profile.table.sizePt}pt; }
table.data th, table.data td { border: ${profile.table.borderWeightPt}pt solid #000; padding: ${profile.table.cellPaddingMm / 2}mm ${profile.table.cellPaddingMm}mm; vertical-align: top; overflow-wrap: anywhere; }
table.data th { font-weight: ${profile.table.headerBold ? 700 : 400}; text-align: center; vertical-align: middle; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
.keep-with-next { break-after: avoid; break-inside: avoid; }
table.data.keep-with-next { break-inside: auto; }
table.data.keep-with-next tr:last-child { break-after: avoid; }
.signatures { margin-top: ${profile.signature.spaceBeforeMm}mm; break-inside: avoid; }
.signer-name { margin-top: ${profile.signature.signatureSpaceMm}mm; }
`.trim();
}

function headerHtml(doc: PartyDocument, profile: FormatProfile): string {
  const h = profile.header;
  const left = (h.leftColumnShare * 100).toFixed(2);
  const right = (100 - h.leftColumnShare * 100).toFixed(2);
  const numberLine = doc.header.noNumber ? '' : formatNumberLine(profile, doc.header.number, doc.typeCode, doc.header.issuerCode);
  const placeDate = formatPlaceDate(profile, doc.header.place, doc.header.dateIso);
  // Two rows, as in the DOCX: the number and the place-and-date share a line.
  return [
    '<table class="layout doc-header" role="presentation">',
    `<colgroup><col style="width:${left}%"><col style="width:${right}%"></colgroup>`,
    '<tr>',
    '<td>',
    p(text(doc.header.higherBody, h.higherBody), h.higherBody, 'higher-body'),
    p(text(doc.header.issuingBody, h.issuingBody), h.issuingBody, 'issuing-body'),
    p(text(h.separator.text, h.separator.style), h.separator.style, 'separator'),
    '</td>',
    '<td>',
    p(text(h.partyTitle.text, h.partyTitle), h.partyTitle, 'party-title'),
    '<div class="rule"></div>',
    '</td>',
    '</tr>',
    '<tr>',
    `<td>${p(text(numberLine, h.number), h.number, 'doc-number')}</td>`,
    `<td>${p(text(placeDate, h.placeDate), h.placeDate, 'place-date')}</td>`,
    '</tr>',
    '</table>',
  ].join('\n');
}

function titleHtml(doc: PartyDocument, profile: FormatProfile): string {
  const out = [`<h1 class="doc-title" style="${css(profile.title)}">${text(doc.title, profile.title)}</h1>`];
  if (doc.summary !== null && doc.summary.trim() !== '') out.push(p(text(doc.summary, profile.summary), profile.summary, 'summary'));
  out.push(p(text(profile.summaryRule.text, profile.summaryRule.style), profile.summaryRule.style, 'summary-rule'));
  return out.join('\n');
}

function runHtml(run: Run): string {
  let html = text(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

/** last: the block before the signatures, kept on their page so they never stand alone. */
function blockHtml(block: Block, profile: FormatProfile, last = false): string {
  switch (block.kind) {
    case 'heading': {
      const s = profile.heading;
      return `<h2 class="${s.firstLineIndent ? 'indent' : ''}" style="${css(s)}">${text(block.text, s)}</h2>`;
    }
    case 'paragraph': {
      const s = { ...profile.body, align: block.align ?? profile.body.align };
      const classes = ['body', ...((block.indent ?? true) ? ['indent'] : []), ...(last || block.keepNext ? ['keep-with-next'] : [])].join(' ');
      return p(block.runs.map(runHtml).join(''), s, classes);
    }
    case 'table':
      return tableHtml(block, last);
  }
}

function tableHtml(block: TableBlock, last = false): string {
  const total = block.columns.reduce((sum, c) => sum + Math.max(0, c.width), 0) || block.columns.length;
  const cols = block.columns.map((c) => `<col style="width:${((Math.max(0, c.width) || (total === block.columns.length ? 1 : 0)) * 100 / total).toFixed(3)}%">`);
  const head = block.columns.map((c) => `<th scope="col">${text(c.title)}</th>`).join('');
  const rows = block.rows.map(
    (row) => `<tr>${block.columns.map((c, i) => `<td style="text-align:${c.align ?? 'left'}">${text(row[i] ?? '')}</td>`).join('')}</tr>`,
  );
  return [`<table class="data${last ? ' keep-with-next' : ''}">`, `<colgroup>${cols.join('')}</colgroup>`, `<thead><tr>${head}</tr></thead>`, `<tbody>`, ...rows, `</tbody>`, `</table>`].join('\n');
}

function signatureBlock(signature: Signature, profile: FormatProfile, className: string): string {
  const s = profile.signature;
  return [
    `<div class="${className}">`,
    signature.authority ? p(text(signature.authority, s.authority), s.authority, 'signer-authority') : '',
    p(text(signature.title, signature.authority ? s.title : s.titleAlone), signature.authority ? s.title : s.titleAlone, 'signer-title'),
    p(text(signature.name, s.name) || '&nbsp;', s.name, 'signer-name'),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function signatureHtml(doc: PartyDocument, profile: FormatProfile): string {
  const right = (profile.signature.rightColumnShare * 100).toFixed(2);
  const left = (100 - profile.signature.rightColumnShare * 100).toFixed(2);
  const r = profile.recipients;
  const leftHtml = doc.signatures.left
    ? signatureBlock(doc.signatures.left, profile, 'signature signature-left')
    : doc.recipients && doc.recipients.length > 0
      ? [
          '<div class="recipients">',
          p(text(r.label.text, r.label), r.label, 'recipients-label'),
          ...doc.recipients.map((line) => p(text(`${r.line.prefix}${line}`, r.line), r.line, 'recipient')),
          '</div>',
        ].join('\n')
      : '';
  return [
    '<table class="layout signatures" role="presentation">',
    `<colgroup><col style="width:${left}%"><col style="width:${right}%"></colgroup>`,
    `<tr><td>${leftHtml}</td><td>${signatureBlock(doc.signatures.right, profile, 'signature signature-right')}</td></tr>`,
    '</table>',
  ].join('\n');
}

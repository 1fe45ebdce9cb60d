// The body of a DOCX (headings, paragraphs, the plan's tables) written straight as
// WordprocessingML text. The docx library builds an object per element, property and attribute,
// then walks them all to write the XML: for a 60-member forum's minutes and plan that was most of
// the export time (and of its garbage). The body is the bulk of every document, has a small fixed
// vocabulary, and is written here as the library would write it: every run still names its font and
// size; on/off properties that are off are left out (they are off by default).
import { cleanText, styled, type Align, type FormatProfile, type TextStyle } from './format-profiles';
import type { Block, Run, TableBlock } from './model';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const ptTwips = (pt: number): number => Math.round(pt * 20);
const borderEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** Text content of w:t: &, < and > escaped (control characters are gone already: cleanText). */
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (text: string): string =>
  text.replace(/[&"'<>]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === "'" ? '&apos;' : c === '<' ? '&lt;' : '&gt;'));

interface RunLook {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Half-points. */
  size: number;
}

/** Writes run properties once per distinct look (a document has a handful). */
class RunProps {
  private readonly cache = new Map<string, string>();
  private readonly fonts: string;

  constructor(font: string) {
    const f = escapeAttr(font);
    this.fonts = `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }

  of(look: RunLook): string {
    const key = `${look.size}|${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.underline ? 1 : 0}`;
    let xml = this.cache.get(key);
    if (xml === undefined) {
      xml =
        `<w:rPr>${this.fonts}${look.bold ? '<w:b/><w:bCs/>' : ''}${look.italic ? '<w:i/><w:iCs/>' : ''}` +
        `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>${look.underline ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
      this.cache.set(key, xml);
    }
    return xml;
  }
}

interface ParagraphProps {
  align: Align;
  keepNext?: boolean;
  keepLines?: boolean;
  spacing?: { before: number; after: number; line: number };
  firstLine?: number;
}

const pPr = (p: ParagraphProps): string =>
  '<w:pPr>' +
  (p.keepNext ? '<w:keepNext/>' : '') +
  (p.keepLines ? '<w:keepLines/>' : '') +
  (p.spacing ? `<w:spacing w:after="${p.spacing.after}" w:before="${p.spacing.before}" w:line="${p.spacing.line}" w:lineRule="auto"/>` : '') +
  (p.firstLine !== undefined ? `<w:ind w:firstLine="${p.firstLine}"/>` : '') +
  `<w:jc w:val="${JC[p.align]}"/></w:pPr>`;

/** Writes the body blocks of one document with one profile. */
export class DocxBodyWriter {
  private readonly props: RunProps;
  private readonly body: FormatProfile['body'];
  private readonly spacing: { before: number; after: number; line: number };

  constructor(
    private readonly profile: FormatProfile,
    /** The text width between the margins, in twips. */
    private readonly textWidth: number,
  ) {
    this.props = new RunProps(profile.font);
    this.body = profile.body;
    this.spacing = { before: ptTwips(profile.body.spaceBeforePt), after: ptTwips(profile.body.spaceAfterPt), line: Math.round(240 * profile.body.lineSpacing) };
  }

  /** Runs for one styled string; '\n' becomes a line break (w:br) at the start of the next run. */
  private runs(text: string, s: TextStyle, overrides: Partial<Run> = {}): string {
    const rPr = this.props.of({
      size: Math.round(s.sizePt * 2),
      bold: overrides.bold ?? s.bold,
      italic: overrides.italic ?? s.italic,
      underline: overrides.underline === true || s.underline,
    });
    const lines = styled(text, s).split('\n');
    let out = '';
    for (let i = 0; i < lines.length; i++) {
      // A text that starts with a line break needs no empty run before the break.
      if (i === 0 && lines[0] === '' && lines.length > 1) continue;
      out += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(lines[i])}</w:t></w:r>`;
    }
    return out;
  }

  /** One block; last: the block before the signatures, kept on their page so they never stand alone. */
  block(block: Block, last = false): string {
    const body = this.body;
    switch (block.kind) {
      case 'heading': {
        const s = this.profile.heading;
        return `<w:p>${pPr({
          align: s.align,
          keepNext: true,
          spacing: { ...this.spacing, before: ptTwips(s.spaceBeforePt) },
          firstLine: s.firstLineIndent ? twips(body.firstLineIndentMm) : undefined,
        })}${this.runs(block.text, s)}</w:p>`;
      }
      case 'paragraph': {
        const props = pPr({
          align: block.align ?? body.align,
          keepNext: last || block.keepNext === true,
          keepLines: last,
          spacing: this.spacing,
          firstLine: block.indent ?? true ? twips(body.firstLineIndentMm) : undefined,
        });
        let runs = '';
        for (const run of block.runs) runs += this.runs(run.text, body, run);
        return `<w:p>${props}${runs}</w:p>`;
      }
      case 'table':
        // A paragraph after the table keeps Word and LibreOffice from merging it with the next.
        return `${this.table(block, last)}<w:p><w:pPr>${last ? '<w:keepNext/>' : ''}<w:spacing w:after="${this.spacing.after}"/></w:pPr></w:p>`;
    }
  }

  /** A bordered table; its header row is bold and repeats on every page. keepLastRow: it ends the body. */
  private table(block: TableBlock, keepLastRow: boolean): string {
    const t = this.profile.table;
    const totalWeight = block.columns.reduce((sum, c) => sum + Math.max(0, c.width), 0) || block.columns.length;
    const widths = block.columns.map((c) => Math.floor((this.textWidth * (totalWeight === block.columns.length && c.width <= 0 ? 1 : c.width)) / totalWeight));
    const line = `w:val="single" w:color="000000" w:sz="${borderEighths(t.borderWeightPt)}"`;
    const cellStyle: TextStyle = { sizePt: t.sizePt, bold: false, italic: false, underline: false, upper: false, align: 'left' };
    const pad = twips(t.cellPaddingMm);
    const half = Math.round(pad / 2);
    const margins = `<w:tcMar><w:top w:type="dxa" w:w="${half}"/><w:left w:type="dxa" w:w="${pad}"/><w:bottom w:type="dxa" w:w="${half}"/><w:right w:type="dxa" w:w="${pad}"/></w:tcMar>`;

    const cell = (text: string, width: number, s: TextStyle, middle: boolean, keepNext: boolean) => {
      let paragraphs = '';
      for (const l of cleanText(text).split('\n')) paragraphs += `<w:p>${pPr({ align: s.align, keepNext })}${this.runs(l, s)}</w:p>`;
      return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${margins}<w:vAlign w:val="${middle ? 'center' : 'top'}"/></w:tcPr>${paragraphs}</w:tc>`;
    };

    let xml =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/><w:tblBorders>` +
      `<w:top ${line}/><w:left ${line}/><w:bottom ${line}/><w:right ${line}/><w:insideH ${line}/><w:insideV ${line}/>` +
      `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    const headerStyle: TextStyle = { ...cellStyle, bold: t.headerBold, align: 'center' };
    xml += '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:trHeight w:val="0" w:hRule="auto"/></w:trPr>';
    block.columns.forEach((c, i) => (xml += cell(c.title, widths[i], headerStyle, true, false)));
    xml += '</w:tr>';
    const styles = block.columns.map((c) => ({ ...cellStyle, align: c.align ?? 'left' }));
    block.rows.forEach((row, r) => {
      // A row is one action: kept on one page (a row taller than a page still breaks).
      xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      const keep = keepLastRow && r === block.rows.length - 1;
      block.columns.forEach((_, i) => (xml += cell(row[i] ?? '', widths[i], styles[i], false, keep)));
      xml += '</w:tr>';
    });
    return `${xml}</w:tbl>`;
  }
}

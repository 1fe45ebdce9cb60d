// Writes a PartyDocument as DOCX, laid out by its format profile: the two-column header (bodies,
// "*", number | ĐẢNG CỘNG SẢN VIỆT NAM with its rule, place and date), the optional "DỰ THẢO"
// box, the type and summary, the body, and the signature row with "Nơi nhận" (or the two
// signatures of the minutes). Every run names its font and size, so the file looks the same
// when pasted into another document.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import {
  cleanText,
  formatNumberLine,
  formatPlaceDate,
  getFormatProfile,
  styled,
  type Align,
  type FormatProfile,
  type TextStyle,
} from './format-profiles';
import type { Block, PartyDocument, Run, Signature, TableBlock } from './model';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const ptTwips = (pt: number): number => Math.round(pt * 20);
/** Border widths are in eighths of a point. */
const borderEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;

interface Layout {
  profile: FormatProfile;
  /** The text width between the margins, in twips. */
  textWidth: number;
}

/** Renders the document as a DOCX file. */
export async function renderDocx(doc: PartyDocument, profile: FormatProfile = getFormatProfile(doc.profileId)): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(doc, profile));
}

/** The docx object model, for callers that want to stream or inspect it. */
export function buildDocxDocument(doc: PartyDocument, profile: FormatProfile = getFormatProfile(doc.profileId)): Document {
  if (profile.pageNumber.fromPage !== 2) throw new Error('Only page numbers from page 2 are supported');
  const { page } = profile;
  const pageWidthMm = doc.landscape ? page.heightMm : page.widthMm;
  const layout: Layout = { profile, textWidth: twips(pageWidthMm - page.margins.leftMm - page.margins.rightMm) };

  const children: (Paragraph | Table)[] = [];
  // A paragraph between two tables keeps Word and LibreOffice from merging them into one.
  if (doc.draft) children.push(draftMark(layout), spacer(1.5));
  children.push(headerTable(doc, layout));
  children.push(...titleParagraphs(doc, layout));
  doc.blocks.forEach((block, i) => children.push(...renderBlock(block, layout, i === doc.blocks.length - 1)));
  children.push(spacer(profile.signature.spaceBeforeMm), signatureTable(doc, layout));

  return new Document({
    creator: 'Tự soi',
    title: cleanText([doc.title, doc.summary].filter(Boolean).join(' ')),
    description: `${profile.label}${doc.draft ? ' — dự thảo' : ''}`,
    styles: {
      default: {
        document: {
          run: { font: profile.font, size: Math.round(profile.body.sizePt * 2), language: { value: profile.language } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true, // the first page has its own (empty) header: numbers start on page 2
          page: {
            size: {
              width: twips(page.widthMm),
              height: twips(page.heightMm),
              orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(page.margins.topMm),
              bottom: twips(page.margins.bottomMm),
              left: twips(page.margins.leftMm),
              right: twips(page.margins.rightMm),
              header: twips(profile.pageNumber.fromTopMm),
              footer: twips(page.margins.bottomMm / 2),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: ALIGN[profile.pageNumber.style.align],
                children: [new TextRun({ ...runStyle(profile, profile.pageNumber.style), children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** An empty paragraph exactly this tall (a table cannot carry space before it). */
function spacer(heightMm: number): Paragraph {
  return new Paragraph({ spacing: { line: Math.max(20, twips(heightMm)), lineRule: LineRuleType.EXACT }, keepNext: true, children: [] });
}

// ---- text helpers -------------------------------------------------------------------------------

function runStyle(profile: FormatProfile, s: TextStyle) {
  return {
    font: profile.font,
    size: Math.round(s.sizePt * 2), // half-points
    bold: s.bold,
    italics: s.italic,
    ...(s.underline ? { underline: {} } : {}),
  };
}

/** Text runs for one styled string; '\n' becomes a line break. */
function styledRuns(profile: FormatProfile, text: string, s: TextStyle, overrides: Partial<Run> = {}): TextRun[] {
  const lines = styled(text, s).split('\n');
  const base = runStyle(profile, s);
  const extra = {
    ...(overrides.bold !== undefined ? { bold: overrides.bold } : {}),
    ...(overrides.italic !== undefined ? { italics: overrides.italic } : {}),
    ...(overrides.underline ? { underline: {} } : {}),
  };
  return lines.flatMap((line, i) =>
    // A text that starts with a line break needs no empty run before the break.
    i === 0 && line === '' && lines.length > 1 ? [] : [new TextRun({ ...base, ...extra, text: line, ...(i > 0 ? { break: 1 } : {}) })],
  );
}

function styledParagraph(profile: FormatProfile, text: string, s: TextStyle, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: ALIGN[s.align], ...options, children: styledRuns(profile, text, s) });
}

// ---- first page: draft mark, header, type and summary -------------------------------------------

/** "DỰ THẢO" in a box at the top left, as a secretary marks a paper draft. */
function draftMark({ profile }: Layout): Table {
  const s = profile.draftMark;
  const line = { style: BorderStyle.SINGLE, size: borderEighths(1), color: '000000' };
  const width = twips(32);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: s.boxed ? { top: line, bottom: line, left: line, right: line } : NO_CELL_BORDERS,
            margins: { top: twips(0.8), bottom: twips(0.8), left: twips(1), right: twips(1) },
            children: [styledParagraph(profile, s.text, { ...s, align: 'center' })],
          }),
        ],
      }),
    ],
  });
}

/**
 * The header as a borderless table. Row 1: the bodies and "*" on the left, the Party title and its
 * rule on the right. Row 2: the number on the left and the place and date on the right, on one line.
 */
function headerTable(doc: PartyDocument, { profile, textWidth }: Layout): Table {
  const h = profile.header;
  const leftWidth = Math.round(textWidth * h.leftColumnShare);
  const rightWidth = textWidth - leftWidth;
  const numberLine = doc.header.noNumber ? '' : formatNumberLine(profile, doc.header.number, doc.typeCode, doc.header.issuerCode);
  const placeDate = formatPlaceDate(profile, doc.header.place, doc.header.dateIso);

  // The rule under the title is as long as the title: an empty paragraph with a bottom border,
  // narrowed by equal indents on both sides.
  const ruleIndent = Math.max(0, Math.round((rightWidth - twips(h.partyTitle.ruleLengthMm)) / 2));
  const rule = new Paragraph({
    indent: { left: ruleIndent, right: ruleIndent },
    spacing: { line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: borderEighths(h.partyTitle.ruleWeightPt), color: '000000', space: 1 } },
    children: [],
  });

  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_CELL_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      verticalAlign: VerticalAlign.TOP,
      children,
    });

  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(leftWidth, [
            styledParagraph(profile, doc.header.higherBody, h.higherBody),
            styledParagraph(profile, doc.header.issuingBody, h.issuingBody),
            styledParagraph(profile, h.separator.text, h.separator.style),
          ]),
          cell(rightWidth, [styledParagraph(profile, h.partyTitle.text, h.partyTitle), rule]),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(leftWidth, [styledParagraph(profile, numberLine, h.number)]),
          cell(rightWidth, [styledParagraph(profile, placeDate, h.placeDate)]),
        ],
      }),
    ],
  });
}

function titleParagraphs(doc: PartyDocument, { profile }: Layout): Paragraph[] {
  const out: Paragraph[] = [
    styledParagraph(profile, doc.title, profile.title, {
      spacing: { before: twips(profile.header.spaceAfterMm + profile.title.spaceBeforeMm) },
      keepNext: true,
    }),
  ];
  if (doc.summary !== null && doc.summary.trim() !== '') out.push(styledParagraph(profile, doc.summary, profile.summary, { keepNext: true }));
  out.push(
    styledParagraph(profile, profile.summaryRule.text, profile.summaryRule.style, {
      spacing: { after: twips(profile.summaryRule.spaceAfterMm) },
      keepNext: true,
    }),
  );
  return out;
}

// ---- body ---------------------------------------------------------------------------------------

/** last: the block before the signatures, kept on their page so they never stand alone. */
function renderBlock(block: Block, layout: Layout, last = false): (Paragraph | Table)[] {
  const { profile } = layout;
  const body = profile.body;
  const spacing = {
    before: ptTwips(body.spaceBeforePt),
    after: ptTwips(body.spaceAfterPt),
    line: Math.round(240 * body.lineSpacing),
    lineRule: LineRuleType.AUTO,
  };
  switch (block.kind) {
    case 'heading': {
      const s = profile.heading;
      return [
        styledParagraph(profile, block.text, s, {
          spacing: { ...spacing, before: ptTwips(s.spaceBeforePt) },
          indent: s.firstLineIndent ? { firstLine: twips(body.firstLineIndentMm) } : undefined,
          keepNext: true,
        }),
      ];
    }
    case 'paragraph': {
      const align = block.align ?? body.align;
      const indent = block.indent ?? true;
      const runs = block.runs.flatMap((run) => styledRuns(profile, run.text, body, run));
      return [
        new Paragraph({
          alignment: ALIGN[align],
          spacing,
          indent: indent ? { firstLine: twips(body.firstLineIndentMm) } : undefined,
          keepNext: last || block.keepNext === true,
          keepLines: last,
          children: runs,
        }),
      ];
    }
    case 'table':
      return [dataTable(block, layout, last), new Paragraph({ spacing: { after: ptTwips(body.spaceAfterPt) }, keepNext: last, children: [] })];
  }
}

/** A bordered table; its header row is bold and repeats on every page. */
/** keepLastRow: the table ends the body; its last row stays on the signatures' page. */
function dataTable(block: TableBlock, { profile, textWidth }: Layout, keepLastRow = false): Table {
  const t = profile.table;
  const totalWeight = block.columns.reduce((sum, c) => sum + Math.max(0, c.width), 0) || block.columns.length;
  const widths = block.columns.map((c) => Math.floor((textWidth * (totalWeight === block.columns.length && c.width <= 0 ? 1 : c.width)) / totalWeight));
  const line = { style: BorderStyle.SINGLE, size: borderEighths(t.borderWeightPt), color: '000000' };
  const cellStyle: TextStyle = { sizePt: t.sizePt, bold: false, italic: false, underline: false, upper: false, align: 'left' };
  const pad = twips(t.cellPaddingMm);

  const cell = (text: string, width: number, s: TextStyle, middle = false, keepNext = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: Math.round(pad / 2), bottom: Math.round(pad / 2), left: pad, right: pad },
      verticalAlign: middle ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children: cleanText(text)
        .split('\n')
        .map((line) => styledParagraph(profile, line, s, { keepNext })),
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 0, rule: HeightRule.AUTO },
    children: block.columns.map((c, i) => cell(c.title, widths[i], { ...cellStyle, bold: t.headerBold, align: 'center' }, true)),
  });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true, // a row is one action: keep it on one page (a row taller than a page still breaks)
        children: block.columns.map((c, i) =>
          cell(row[i] ?? '', widths[i], { ...cellStyle, align: c.align ?? 'left' }, false, keepLastRow && r === block.rows.length - 1),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [header, ...rows],
  });
}

// ---- signatures and Nơi nhận --------------------------------------------------------------------

function signatureParagraphs(signature: Signature, { profile }: Layout): Paragraph[] {
  const s = profile.signature;
  const out: Paragraph[] = [];
  if (signature.authority) out.push(styledParagraph(profile, signature.authority, s.authority, { keepNext: true }));
  out.push(styledParagraph(profile, signature.title, signature.authority ? s.title : s.titleAlone, { keepNext: true }));
  out.push(styledParagraph(profile, signature.name, s.name, { spacing: { before: twips(s.signatureSpaceMm) } }));
  return out;
}

function recipientParagraphs(recipients: string[], { profile }: Layout): Paragraph[] {
  const r = profile.recipients;
  return [
    styledParagraph(profile, r.label.text, r.label),
    ...recipients.map((line) => styledParagraph(profile, `${r.line.prefix}${line}`, r.line)),
  ];
}

/** The closing row: Nơi nhận (or the secretary's signature) on the left, the signature on the right. */
function signatureTable(doc: PartyDocument, layout: Layout): Table {
  const { profile, textWidth } = layout;
  const rightWidth = Math.round(textWidth * profile.signature.rightColumnShare);
  const leftWidth = textWidth - rightWidth;
  const left = doc.signatures.left
    ? signatureParagraphs(doc.signatures.left, layout)
    : doc.recipients && doc.recipients.length > 0
      ? recipientParagraphs(doc.recipients, layout)
      : [new Paragraph({ children: [] })];
  const right = signatureParagraphs(doc.signatures.right, layout);
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_CELL_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      verticalAlign: VerticalAlign.TOP,
      children,
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(rightWidth, right)] })],
  });
}

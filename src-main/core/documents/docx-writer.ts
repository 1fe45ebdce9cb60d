// Writes a PartyDocument as DOCX, laid out by its format profile: the two-column header (bodies,
// "*", number | ĐẢNG CỘNG SẢN VIỆT NAM with its rule, place and date), the optional "DỰ THẢO"
// box, the type and summary, the body, and the signature row with "Nơi nhận" (or the two
// signatures of the minutes). Every run names its font and size, so the file looks the same
// when pasted into another document. The body blocks are written as XML text by docx-body-xml.ts
// and put in the place of a marker paragraph once the library has packed the rest.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
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
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { DocxBodyWriter } from './docx-body-xml';
import { zipParts } from './zip-writer';
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
import type { PartyDocument, Run, Signature } from './model';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
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

/** The text of the paragraph the body takes the place of. */
const BODY_MARKER = 'TUSOI-BODY-MARKER-3f9c';
const DOCUMENT_PART = 'word/document.xml';

/** Renders the document as a DOCX file. */
export async function renderDocx(doc: PartyDocument, profile: FormatProfile = getFormatProfile(doc.profileId)): Promise<Buffer> {
  const layout = layoutOf(doc, profile);
  const body = new DocxBodyWriter(profile, layout.textWidth);
  let bodyXml = '';
  doc.blocks.forEach((block, i) => (bodyXml += body.block(block, i === doc.blocks.length - 1)));
  const packed = await Packer.toBuffer(frameDocument(doc, layout));
  return withBody(packed, bodyXml);
}

function layoutOf(doc: PartyDocument, profile: FormatProfile): Layout {
  if (profile.pageNumber.fromPage !== 2) throw new Error('Only page numbers from page 2 are supported');
  const { page } = profile;
  const pageWidthMm = doc.landscape ? page.heightMm : page.widthMm;
  return { profile, textWidth: twips(pageWidthMm - page.margins.leftMm - page.margins.rightMm) };
}

/** Puts the body's XML in the place of the marker paragraph of the packed frame. */
function withBody(packed: Buffer, bodyXml: string): Buffer {
  const files = unzipSync(new Uint8Array(packed));
  const xml = strFromU8(files[DOCUMENT_PART]);
  const marker = xml.indexOf(BODY_MARKER);
  const start = xml.lastIndexOf('<w:p>', marker);
  const end = xml.indexOf('</w:p>', marker);
  if (marker < 0 || start < 0 || end < 0) throw new Error('The DOCX frame has no body marker');
  files[DOCUMENT_PART] = strToU8(xml.slice(0, start) + bodyXml + xml.slice(end + '</w:p>'.length));
  return zipParts(files);
}

/** Everything but the body, with the body's marker paragraph: header, title, signatures, page setup. */
function frameDocument(doc: PartyDocument, layout: Layout): Document {
  const { profile } = layout;
  const { page } = profile;
  const children: (Paragraph | Table)[] = [];
  // A paragraph between two tables keeps Word and LibreOffice from merging them into one.
  if (doc.draft) children.push(draftMark(layout), spacer(1.5));
  children.push(headerTable(doc, layout));
  children.push(...titleParagraphs(doc, layout));
  children.push(new Paragraph({ children: [new TextRun(BODY_MARKER)] }));
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

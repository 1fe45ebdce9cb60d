// Format profiles: how a Party document is laid out, kept as data so a corrected or successor
// guide (QĐ 399-QĐ/TW of 2026 replaced QĐ 66, which HD 36 implements) is a new profile, not a
// code change. Both writers (DOCX and print HTML) read every size, style and position from here.
//
// Sources: Hướng dẫn 36-HD/VPTW (03/4/2018) as summarised in /shared/reference/party-documents.md.
// Values marked † are NOT confirmed against the official appendix (the guide's tables could not be
// read word for word): they follow common practice and are kept here so they are easy to fix.
import type { DocumentTypeCode, FormatProfileId } from './model';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** The look of one element. Sizes in points; lengths elsewhere in millimetres. */
export interface TextStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Printed in capitals whatever case the draft holds. */
  upper: boolean;
  align: Align;
}

export interface FormatProfile {
  id: FormatProfileId;
  /** A name to show in the app. */
  label: string;
  font: string;
  /** BCP 47 tag written into the DOCX and the HTML, for spelling and hyphenation. */
  language: string;
  page: {
    /** Portrait A4; landscape documents swap width and height. */
    widthMm: number;
    heightMm: number;
    margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  };
  pageNumber: {
    /** The first page carries no number; numbers start on this page. */
    fromPage: number;
    /** Distance of the number from the top edge of the paper. */
    fromTopMm: number;
    style: TextStyle;
  };
  header: {
    /** Share of the text width taken by the left column (bodies, number); the rest is the right column. */
    leftColumnShare: number;
    higherBody: TextStyle;
    issuingBody: TextStyle;
    /** The mark under the issuing body, separating it from the number. */
    separator: { text: string; style: TextStyle };
    number: TextStyle & {
      /** Placeholders {no} {type} {issuer}. No colon after "Số" in Party documents. */
      pattern: string;
      /** What stands for {no} before the number is assigned (left to fill in by hand). */
      blankNo: string;
      defaultIssuer: string;
    };
    partyTitle: TextStyle & {
      text: string;
      /** The rule under the title is as long as the title itself (TNR bold 15 pt measures 72.9 mm). */
      ruleLengthMm: number;
      ruleWeightPt: number;
    };
    placeDate: TextStyle & {
      /** Placeholders {place} {day} {month} {year}. */
      pattern: string;
      /** "ngày 05 tháng 03" instead of "ngày 5 tháng 3"; both are in use (a setting). */
      padDayMonth: boolean;
    };
    /** Space between the header and the document type. */
    spaceAfterMm: number;
  };
  draftMark: TextStyle & {
    text: string;
    /** Drawn in a box at the top left of the first page, above the header. † */
    boxed: boolean;
  };
  title: TextStyle & { spaceBeforeMm: number };
  summary: TextStyle;
  /** The short separator under the summary (or under the title when there is no summary). † */
  summaryRule: { text: string; style: TextStyle; spaceAfterMm: number };
  body: TextStyle & {
    firstLineIndentMm: number;
    /** Line height as a multiple of single spacing. † */
    lineSpacing: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
  };
  heading: TextStyle & { firstLineIndent: boolean; spaceBeforePt: number };
  table: {
    sizePt: number;
    headerBold: boolean;
    borderWeightPt: number;
    cellPaddingMm: number;
  };
  signature: {
    /** 'T/M CHI BỘ'. */
    authority: TextStyle;
    /** 'BÍ THƯ' under an authority line. */
    title: TextStyle;
    /** 'THƯ KÝ', 'CHỦ TRÌ' when there is no authority line above it. † */
    titleAlone: TextStyle;
    name: TextStyle;
    /** Room for the handwritten signature and the stamp. † */
    signatureSpaceMm: number;
    /** Share of the text width taken by the right (signature) column. */
    rightColumnShare: number;
    spaceBeforeMm: number;
  };
  recipients: {
    label: TextStyle & { text: string };
    line: TextStyle & { prefix: string };
  };
  /** Document type words as printed, by type code. */
  typeTitles: Record<DocumentTypeCode, string>;
}

const style = (sizePt: number, options: Partial<Omit<TextStyle, 'sizePt'>> = {}): TextStyle => ({
  sizePt,
  bold: false,
  italic: false,
  underline: false,
  upper: false,
  align: 'left',
  ...options,
});

export const HD36_2018: FormatProfile = {
  id: 'HD36-2018',
  label: 'Hướng dẫn 36-HD/VPTW (2018)',
  font: 'Times New Roman', // TCVN 6909:2001 Unicode font; Times New Roman in practice
  language: 'vi-VN',
  page: {
    widthMm: 210,
    heightMm: 297, // A4
    // † Candidates 20/20/30/15 mm (read as HD 36, 2018) or 25/25/35/15 mm (HD 11-HD/VPTW, 2004,
    // still printed in some Party handbooks). The 2018 values are used.
    margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  },
  pageNumber: {
    fromPage: 2,
    fromTopMm: 10, // † "cách mép trên trang giấy 10 mm" (handbooks quoting the 2004 guide)
    style: style(14, { align: 'center' }),
  },
  header: {
    leftColumnShare: 0.45,
    higherBody: style(14, { upper: true, align: 'center' }),
    issuingBody: style(14, { bold: true, upper: true, align: 'center' }),
    separator: { text: '*', style: style(14, { align: 'center' }) }, // † "*" under the issuing body
    number: { ...style(14, { align: 'center' }), pattern: 'Số {no}-{type}/{issuer}', blankNo: '    ', defaultIssuer: 'CB' },
    partyTitle: {
      ...style(15, { bold: true, upper: true, align: 'center' }),
      text: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      ruleLengthMm: 73,
      ruleWeightPt: 0.75,
    },
    placeDate: {
      // Under the title, centred on the same axis (the reference reads "under 1, right": the right column). †
      ...style(14, { italic: true, align: 'center' }),
      pattern: '{place}, ngày {day} tháng {month} năm {year}',
      padDayMonth: false,
    },
    spaceAfterMm: 8, // †
  },
  draftMark: { ...style(14, { bold: true, upper: true }), text: 'DỰ THẢO', boxed: true }, // † position and box
  title: { ...style(16, { bold: true, upper: true, align: 'center' }), spaceBeforeMm: 0 }, // 15–16 pt
  summary: style(14, { bold: true, align: 'center' }), // 14–15 pt
  summaryRule: { text: '-----', style: style(14, { align: 'center' }), spaceAfterMm: 4 }, // † five hyphens
  body: {
    ...style(14, { align: 'justify' }), // 14–15 pt
    firstLineIndentMm: 10, // † ≈ 1 cm
    lineSpacing: 1.1, // †
    spaceBeforePt: 0,
    spaceAfterPt: 6, // †
  },
  heading: { ...style(14, { bold: true, upper: true, align: 'justify' }), firstLineIndent: true, spaceBeforePt: 6 }, // † indent
  table: { sizePt: 12, headerBold: true, borderWeightPt: 0.5, cellPaddingMm: 1 }, // † 12 pt in tables
  signature: {
    authority: style(14, { bold: true, upper: true, align: 'center' }), // † 7a
    title: style(14, { upper: true, align: 'center' }), // † 7b regular
    titleAlone: style(14, { bold: true, upper: true, align: 'center' }), // †
    name: style(14, { bold: true, align: 'center' }), // † 7c
    signatureSpaceMm: 25, // †
    rightColumnShare: 0.5,
    spaceBeforeMm: 4,
  },
  recipients: {
    label: { ...style(14, { underline: true }), text: 'Nơi nhận:' }, // † 9a
    line: { ...style(12), prefix: '- ' }, // † 9b
  },
  typeTitles: { NQ: 'NGHỊ QUYẾT', BB: 'BIÊN BẢN', KH: 'KẾ HOẠCH', BC: 'BÁO CÁO' },
};

export const FORMAT_PROFILES: Record<FormatProfileId, FormatProfile> = { 'HD36-2018': HD36_2018 };

export function getFormatProfile(id: FormatProfileId): FormatProfile {
  const profile = FORMAT_PROFILES[id];
  if (!profile) throw new Error(`Unknown document format profile: ${String(id)}`);
  return profile;
}

/** "Số 01-NQ/CB"; a null number leaves room to write it by hand: "Số    -NQ/CB". */
export function formatNumberLine(profile: FormatProfile, number: string | null, typeCode: DocumentTypeCode, issuer?: string): string {
  const { pattern, blankNo, defaultIssuer } = profile.header.number;
  return fill(pattern, { no: number === null || number.trim() === '' ? blankNo : number.trim(), type: typeCode, issuer: issuer ?? defaultIssuer });
}

/** "Đông Hà, ngày 20 tháng 9 năm 2026". */
export function formatPlaceDate(profile: FormatProfile, place: string, dateIso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateIso);
  if (!match) throw new Error(`Not an ISO date: ${dateIso}`);
  const pad = (n: number) => (profile.header.placeDate.padDayMonth ? String(n).padStart(2, '0') : String(n));
  return fill(profile.header.placeDate.pattern, { place: place.trim(), day: pad(Number(match[3])), month: pad(Number(match[2])), year: match[1] });
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Text as it may be printed: NFC (Vietnamese letters as single code points, as TCVN 6909 fonts
 * and search expect), tabs as spaces, and no control characters, which XML cannot carry.
 */
export const cleanText = (text: string): string =>
  text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Capitals the Vietnamese way, NFC. */
export const vietnameseUpper = (text: string): string => cleanText(text).toLocaleUpperCase('vi').normalize('NFC');

/** Applies the style's case to a piece of text, cleaned. */
export const styled = (text: string, s: Pick<TextStyle, 'upper'>): string => (s.upper ? vietnameseUpper(text) : cleanText(text));

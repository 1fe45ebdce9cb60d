// The document model every Party document is expressed in before it is written out. The drafting
// code produces it from the forum's record; the writers (DOCX, print HTML) turn it into a file
// laid out by a format profile (format-profiles.ts). It carries words and structure only: no
// sizes, fonts or positions, which belong to the profile, so a corrected profile changes every
// document without touching the drafts.
//
// Text is plain Unicode (the writers normalise it to NFC); case conversions the format requires
// (header bodies, section headings) are done by the writers, so drafts may hold either case.
import type { DocumentTypeCode } from '../domain/documents/numbering';

export type { DocumentTypeCode };

export type FormatProfileId = 'HD36-2018';

export interface PartyDocument {
  profileId: FormatProfileId;
  typeCode: DocumentTypeCode;
  /** true: the document is not adopted; the writers show the "DỰ THẢO" mark. */
  draft: boolean;
  header: DocumentHeader;
  /** The document type as printed, e.g. 'NGHỊ QUYẾT', 'BIÊN BẢN', 'KẾ HOẠCH', 'BÁO CÁO'. */
  title: string;
  /** The trích yếu line under the title, e.g. 'về kết quả sinh hoạt chuyên đề …'; null for none. */
  summary: string | null;
  blocks: Block[];
  /**
   * Minutes: THƯ KÝ on the left, CHỦ TRÌ on the right. Every other document signs on the right
   * only ('T/M CHI BỘ' over 'BÍ THƯ' over the name) and puts "Nơi nhận" on the left.
   */
  signatures: { left: Signature | null; right: Signature };
  /** The "Nơi nhận" lines without their leading "- ", e.g. 'Đảng ủy phường (báo cáo);'. null for minutes. */
  recipients: string[] | null;
  /** Lays the whole document on landscape A4 (the action plan with its wide table). */
  landscape?: boolean;
}

export interface DocumentHeader {
  /** The higher committee, first line top left, e.g. 'ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ'. */
  higherBody: string;
  /** The issuing body, second line top left, e.g. 'CHI BỘ VĂN PHÒNG'. */
  issuingBody: string;
  /** The number without type and issuer: '01' prints "Số 01-NQ/CB"; null leaves it blank ("Số    -NQ/CB"). */
  number: string | null;
  /** Leaves the number line out altogether (a member's own paper, such as the bản kiểm điểm, has none). */
  noNumber?: boolean;
  /** The issuer code after the slash; 'CB' (a cell) when omitted. */
  issuerCode?: string;
  /** The locality printed before the date, e.g. 'Đông Hà'. */
  place: string;
  /** The date of the document, 'YYYY-MM-DD'. */
  dateIso: string;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

/** A section heading such as 'I- ĐÁNH GIÁ KẾT QUẢ'; printed bold and upper case. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/** A paragraph of body text; justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align?: 'justify' | 'center' | 'left' | 'right';
  /** First-line indent; default true. */
  indent?: boolean;
  /** Keeps the paragraph on the page of the next block (a bold sub-heading such as "1. Ưu điểm"). */
  keepNext?: boolean;
}

/** A bordered table with a bold header row that repeats on every page. */
export interface TableBlock {
  kind: 'table';
  /** width: a relative weight; the columns share the text width in proportion. align: default 'left'. */
  columns: { title: string; width: number; align?: 'left' | 'center' | 'right' }[];
  rows: string[][];
}

/** A stretch of text with one style; '\n' inside the text breaks the line. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Signature {
  /** 'T/M CHI BỘ' (on behalf of the cell), or null when the signer signs in their own role (minutes). */
  authority: string | null;
  /** 'BÍ THƯ', 'PHÓ BÍ THƯ', 'THƯ KÝ', 'CHỦ TRÌ'. */
  title: string;
  /** The signer's full name; empty leaves the line blank for a handwritten name. */
  name: string;
}

/** A paragraph of plain runs, the common case for drafting code. */
export const paragraph = (text: string, options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [{ text }],
  ...options,
});

export const heading = (text: string): HeadingBlock => ({ kind: 'heading', text });

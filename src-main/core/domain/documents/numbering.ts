// Document numbers: they run from 01 for each document type within a committee term (nhiệm kỳ),
// not per calendar year. "Số 01-NQ/CB".
export const DOCUMENT_TYPE_CODES = ['NQ', 'BB', 'KH', 'BC'] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPE_CODES)[number];

export interface IssuedNumber {
  typeCode: DocumentTypeCode;
  termStartYear: number;
  no: number;
}

/** The next number for a type within a term, given every number already issued by the cell. */
export function nextDocumentNumber(issued: readonly IssuedNumber[], typeCode: DocumentTypeCode, termStartYear: number): number {
  const same = issued.filter((n) => n.typeCode === typeCode && n.termStartYear === termStartYear);
  return same.length === 0 ? 1 : Math.max(...same.map((n) => n.no)) + 1;
}

export const formatDocumentNumber = (no: number | null, typeCode: DocumentTypeCode, issuer = 'CB'): string =>
  `Số ${no === null ? '    ' : String(no).padStart(2, '0')}-${typeCode}/${issuer}`;

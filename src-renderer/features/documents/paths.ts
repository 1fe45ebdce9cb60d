// Where the documents of a forum live, and the four types in tab order (kept here as plain data:
// the contract's list would pull zod into the renderer's bundle).
import type { DocumentType } from '../../../src-main/contract/documents';

export const DOCUMENT_TABS: readonly DocumentType[] = ['NQ', 'BB', 'KH', 'BC'];

export const isDocumentType = (value: string | undefined): value is DocumentType =>
  value !== undefined && (DOCUMENT_TABS as readonly string[]).includes(value);

export const documentsPath = (cellId: string, forumId: string, typeCode?: DocumentType) =>
  `/cells/${cellId}/forums/${forumId}/documents${typeCode ? `/${typeCode}` : ''}`;

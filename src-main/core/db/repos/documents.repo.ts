import type { Kysely, Selectable } from 'kysely';
import type { Database, DocumentsTable, DocumentTypeCode, DocumentVersionsTable, IssuedNumbersTable } from '../schema';

export type DocumentRow = Selectable<DocumentsTable>;
export type DocumentVersionRow = Selectable<DocumentVersionsTable>;
export type IssuedNumberRow = Selectable<IssuedNumbersTable>;

export function createDocumentsRepo(db: Kysely<Database>) {
  return {
    find: (forumId: string, typeCode: DocumentTypeCode) =>
      db.selectFrom('documents').selectAll().where('forum_id', '=', forumId).where('type_code', '=', typeCode).executeTakeFirst(),
    insert: (row: DocumentRow) => db.insertInto('documents').values(row).execute(),
    versions: (documentId: string) =>
      db.selectFrom('document_versions').selectAll().where('document_id', '=', documentId).orderBy('version_no').execute(),
    insertVersion: (row: DocumentVersionRow) => db.insertInto('document_versions').values(row).execute(),
    /** Updates a draft version if its row version still matches. */
    updateDraftIfVersion: async (row: DocumentVersionRow, expectedVersion: number) => {
      const result = await db
        .updateTable('document_versions')
        .set({
          status: row.status, sections: row.sections, number: row.number, term_start_year: row.term_start_year,
          adopted_at: row.adopted_at, updated_at: row.updated_at, version: row.version,
        })
        .where('document_id', '=', row.document_id)
        .where('version_no', '=', row.version_no)
        .where('status', '=', 'draft')
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    issuedNumbers: (cellId: string) => db.selectFrom('issued_numbers').selectAll().where('cell_id', '=', cellId).execute(),
    numberOf: (documentId: string) => db.selectFrom('issued_numbers').selectAll().where('document_id', '=', documentId).executeTakeFirst(),
    issueNumber: (row: IssuedNumberRow) => db.insertInto('issued_numbers').values(row).execute(),
  };
}

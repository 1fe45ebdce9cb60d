// One handler per contract method. The mapped type makes the compiler list any method left out.
import type { MethodName, Output, ParsedInput } from '../../contract';
import { SCHEMA_VERSION } from '../db/migrations';
import { createCellsRepo } from '../db/repos/cells.repo';
import { createCell, getCell, listCells, updateCell } from '../services/cells.service';
import { getCatalogue, listCatalogues, reviseCatalogue } from '../services/catalogue.service';
import type { ServiceContext } from '../services/context';
import { createForum, deleteForum, getForum, listForums, updateForum } from '../services/forums.service';
import { createMember, listMembers, updateMember } from '../services/members.service';
import { openSampleCell } from '../services/sample.service';
import { APP_VERSION } from '../version';

export interface HandlerContext extends ServiceContext {
  dataFile: string;
}

export type Handlers = {
  [M in MethodName]: (ctx: HandlerContext, input: ParsedInput<M>) => Promise<Output<M>>;
};

export const handlers: Handlers = {
  'app.info': async (ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    dataFile: ctx.dataFile,
    hasCells: (await createCellsRepo(ctx.db).count()) > 0,
  }),
  'sample.open': (ctx) => openSampleCell(ctx),
  'cell.list': (ctx) => listCells(ctx),
  'cell.get': (ctx, input) => getCell(ctx, input.id),
  'cell.create': (ctx, input) => createCell(ctx, input),
  'cell.update': (ctx, input) => updateCell(ctx, input),
  'member.list': (ctx, input) => listMembers(ctx, input),
  'member.create': (ctx, input) => createMember(ctx, input),
  'member.update': (ctx, input) => updateMember(ctx, input),
  'catalogue.list': (ctx) => listCatalogues(ctx),
  'catalogue.get': (ctx, input) => getCatalogue(ctx, input),
  'catalogue.revise': (ctx, input) => reviseCatalogue(ctx, input),
  'forum.list': (ctx, input) => listForums(ctx, input),
  'forum.get': (ctx, input) => getForum(ctx, input.id),
  'forum.create': (ctx, input) => createForum(ctx, input),
  'forum.update': (ctx, input) => updateForum(ctx, input),
  'forum.delete': (ctx, input) => deleteForum(ctx, input.id),
};

// The projector's view. It is built here, narrowly, so a member's statement never reaches the
// presenter window unless the facilitator chose to show that one.
import type { Kysely } from 'kysely';
import { COLLECTIVE, type ParsedInput, type PresenterView } from '../../../contract';
import type { Database } from '../../db/schema';
import { createCellsRepo } from '../../db/repos/cells.repo';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createSelfReviewsRepo } from '../../db/repos/self-reviews.repo';
import { createSpeakerQueueRepo } from '../../db/repos/speaker-queue.repo';
import { DEFAULT_ASSESSMENT_SCALE } from '../../domain/live/mirror';
import { invalidField } from '../../errors';
import { loadCatalogue } from '../catalogue.service';
import type { ServiceContext } from '../context';
import { emitLiveChanged } from './emit';
import { presenterOf, subjectName, timerOf, timerToDto } from './live-state';
import { focusOf, loadRoster, requireEditableForum, requireForumRow, requireSubject } from './roster';

async function buildPresenterView(db: Kysely<Database>, forum: ForumRow, now: Date): Promise<PresenterView> {
  const [roster, catalogue, cell, queue] = await Promise.all([
    loadRoster(db, forum),
    loadCatalogue(db, forum.catalogue_id),
    createCellsRepo(db).find(forum.cell_id),
    createSpeakerQueueRepo(db).list(forum.id),
  ]);
  // The subject, the indicator and a statement go to the projector only while members mirror
  // themselves: in the other steps the choice made in tự soi is stale (the projector said "Đang tự
  // soi: …" during góp ý), and a statement left switched on could not be switched off from them.
  const choice = forum.phase === 'tu_soi' ? presenterOf(forum) : { subject: null, indicatorNo: null, showStatement: false };
  const group = catalogue.groups.find((g) => g.indicators.some((i) => i.no === choice.indicatorNo));
  const indicator = group?.indicators.find((i) => i.no === choice.indicatorNo);
  const subjectKnown = choice.subject !== null && (choice.subject === COLLECTIVE || roster.byId.has(choice.subject));
  let shownStatement: PresenterView['shownStatement'] = null;
  if (choice.showStatement && subjectKnown && indicator) {
    const review = await createSelfReviewsRepo(db).find(forum.id, choice.subject!, indicator.no);
    if (review && review.statement !== '') {
      shownStatement = {
        subjectName: subjectName(roster, choice.subject!),
        indicatorNo: indicator.no,
        assessmentLabel: DEFAULT_ASSESSMENT_SCALE.find((l) => l.code === review.assessment)?.label ?? null,
        statement: review.statement,
      };
    }
  }
  return {
    forumId: forum.id,
    cellName: cell?.name ?? '',
    topic: forum.topic,
    phase: forum.phase,
    subjectName: subjectKnown ? subjectName(roster, choice.subject!) : null,
    indicator: indicator && group ? { no: indicator.no, groupCode: group.code, groupTitle: group.title, text: indicator.text, official: indicator.official } : null,
    shownStatement,
    queue: queue
      .filter((q) => q.status !== 'done')
      .map((q) => ({ id: q.id, memberName: roster.byId.get(q.member_id)?.fullName ?? '', status: q.status })),
    timer: timerToDto(timerOf(forum)),
    serverNow: now.toISOString(),
  };
}

export async function getPresenterView(ctx: ServiceContext, forumId: string): Promise<PresenterView> {
  return ctx.db.transaction().execute(async (trx) => buildPresenterView(trx, await requireForumRow(trx, forumId), ctx.now()));
}

export async function setPresenter(ctx: ServiceContext, input: ParsedInput<'presenter.set'>): Promise<PresenterView> {
  const { forum, view } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    if (input.subject !== null) await requireSubject(trx, forum, input.subject, 'subject');
    if (input.indicatorNo !== null && !focusOf(forum).includes(input.indicatorNo)) {
      throw invalidField('indicatorNo', `Biểu hiện số ${input.indicatorNo} không thuộc trọng tâm của buổi sinh hoạt này.`);
    }
    const presenter = JSON.stringify({ subject: input.subject, indicatorNo: input.indicatorNo, showStatement: input.showStatement });
    await createForumsRepo(trx).updateLive(forum.id, { presenter });
    const updated = { ...forum, presenter };
    return { forum: updated, view: await buildPresenterView(trx, updated, ctx.now()) };
  });
  emitLiveChanged(ctx, forum);
  return view;
}

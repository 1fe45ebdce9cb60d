// The meeting's texts and the self-mirroring cells, each saved on its own with a version check so
// two windows never silently overwrite each other: the later writer gets CONFLICT with the stored
// record and keeps their own text.
import {
  type ForumText, type ParsedInput, type SelfReview, type TextKind,
} from '../../../contract';
import type { ForumRow } from '../../db/repos/forums.repo';
import { createForumTextsRepo, type ForumTextRow } from '../../db/repos/forum-texts.repo';
import { createSelfReviewsRepo, type SelfReviewRow } from '../../db/repos/self-reviews.repo';
import { DEFAULT_ASSESSMENT_SCALE } from '../../domain/live/mirror';
import { invalidField, textConflict } from '../../errors';
import { loadCatalogue } from '../catalogue.service';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from './emit';
import { selfReviewToDto, textToDto } from './live-state';
import { focusOf, requireEditableForum, requireSubject } from './roster';

const TEXT_NAMES: Record<TextKind, string> = {
  framing: 'Bài đề dẫn',
  guest_remarks: 'Ý kiến cấp trên',
  collective_review: 'Bản kiểm điểm tập thể',
  conclusion: 'Kết luận',
};

async function checkTextSubject(trx: ServiceContext['db'], forum: ForumRow, kind: TextKind, subject: string): Promise<void> {
  if (kind === 'framing' || kind === 'guest_remarks') {
    if (subject !== '') throw invalidField('subject', `«${TEXT_NAMES[kind]}» là nội dung chung của buổi họp, không gắn với một người hay một nhóm.`);
    return;
  }
  if (kind === 'collective_review') {
    const catalogue = await loadCatalogue(trx, forum.catalogue_id);
    if (!catalogue.groups.some((g) => g.code === subject)) {
      throw invalidField('subject', `«${TEXT_NAMES[kind]}» phải gắn với một nhóm biểu hiện (${catalogue.groups.map((g) => g.code).join(', ')}).`);
    }
    return;
  }
  if (subject === '') throw invalidField('subject', '«Kết luận» phải dành cho tập thể hoặc cho một đồng chí; hãy chọn người.');
  await requireSubject(trx, forum, subject, 'subject');
}

export async function saveText(ctx: ServiceContext, input: ParsedInput<'live.saveText'>): Promise<ForumText> {
  const { forum, text } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    await checkTextSubject(trx, forum, input.kind, input.subject);
    const repo = createForumTextsRepo(trx);
    const current = await repo.find(forum.id, input.kind, input.subject);
    if (current && current.text === input.text) return { forum, text: textToDto(current) };
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw textConflict(TEXT_NAMES[input.kind], current ? textToDto(current) : null);
    }
    const row: ForumTextRow = {
      forum_id: forum.id, kind: input.kind, subject: input.subject, text: input.text,
      updated_at: nowIso(ctx), version: (current?.version ?? 0) + 1,
    };
    if (current) {
      if (!(await repo.updateIfVersion(row, current.version))) throw textConflict(TEXT_NAMES[input.kind], textToDto(current));
    } else {
      await repo.insert(row);
    }
    return { forum, text: textToDto(row) };
  });
  emitLiveChanged(ctx, forum);
  return text;
}

const hasContent = (r: Pick<SelfReviewRow, 'assessment' | 'statement' | 'commitment' | 'commitment_due'>) =>
  r.assessment !== null || r.statement !== '' || r.commitment !== '' || r.commitment_due !== null;

export async function saveSelfReview(ctx: ServiceContext, input: ParsedInput<'live.saveSelfReview'>): Promise<SelfReview> {
  const given = ['assessment', 'statement', 'commitment', 'commitmentDue'].filter((k) => input[k as keyof typeof input] !== undefined);
  if (given.length === 0) throw invalidField('', 'Không có nội dung nào để lưu: hãy gửi mức tự đánh giá, nội dung tự soi hoặc cam kết tự sửa.');
  if (input.assessment != null && !DEFAULT_ASSESSMENT_SCALE.some((level) => level.code === input.assessment)) {
    throw invalidField('assessment', `«Mức tự đánh giá» phải là một trong: ${DEFAULT_ASSESSMENT_SCALE.map((l) => l.label.toLowerCase()).join(', ')}.`);
  }
  const { forum, review } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    if (!focusOf(forum).includes(input.indicatorNo)) {
      throw invalidField('indicatorNo', `Biểu hiện số ${input.indicatorNo} không thuộc trọng tâm của buổi sinh hoạt này; hãy chọn biểu hiện trong danh sách, hoặc sửa trọng tâm ở phần chuẩn bị.`);
    }
    const subjectMember = await requireSubject(trx, forum, input.subject, 'subject');
    const repo = createSelfReviewsRepo(trx);
    const current = await repo.find(forum.id, input.subject, input.indicatorNo);
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw textConflict('Nội dung tự soi này', current ? selfReviewToDto(current) : null);
    }
    const base = current ?? {
      forum_id: forum.id, subject_member_id: subjectMember?.id ?? null, subject: input.subject, indicator_no: input.indicatorNo,
      assessment: null, statement: '', commitment: '', commitment_due: null, updated_at: '', version: 0,
    };
    const next: SelfReviewRow = {
      ...base,
      assessment: input.assessment !== undefined ? input.assessment : base.assessment,
      statement: input.statement ?? base.statement,
      commitment: input.commitment ?? base.commitment,
      commitment_due: input.commitmentDue !== undefined ? input.commitmentDue : base.commitment_due,
      updated_at: nowIso(ctx),
      version: base.version + 1,
    };
    if (current) {
      if (!(await repo.updateIfVersion(next, current.version))) throw textConflict('Nội dung tự soi này', selfReviewToDto(current));
    } else {
      if (!hasContent(next)) {
        throw invalidField('statement', '«Nội dung tự soi» đang trống: hãy chọn mức tự đánh giá hoặc ghi nội dung trước khi lưu.');
      }
      const { subject: _generated, ...insertable } = next;
      await repo.insert(insertable);
    }
    return { forum, review: selfReviewToDto(next) };
  });
  emitLiveChanged(ctx, forum);
  return review;
}

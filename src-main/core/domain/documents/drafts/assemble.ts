// A whole PartyDocument from a forum's record and its sections (drafted or edited by hand): the
// header from the cell, the title and summary line, the part headings and section titles in
// print order, the vote line, signatures and recipients, landscape for the plan.
import type { DocumentType, LiveMember } from '../../../../contract';
import { heading, type Block, type PartyDocument, type Signature } from '../../../documents/model';
import { computeFacts, type Facts } from './facts';
import { minutesSummary } from './minutes';
import { planSummary } from './plan';
import { reportSummary } from './report';
import { resolutionSummary, voteLine } from './resolution';
import { SECTION_SPECS, type DraftSection } from './sections';
import { boldPara, higherCommittee, para } from './text';
import type { ForumRecord } from '../record';

export interface AssembleOptions {
  /** Not adopted: the writers print the "DỰ THẢO" mark. */
  draft: boolean;
  /** '01' for "Số 01-NQ/CB"; null leaves the number blank. */
  number: string | null;
  /** The document's date, 'YYYY-MM-DD'. */
  dateIso: string;
}

const TITLES: Record<DocumentType, string> = { NQ: 'NGHỊ QUYẾT', BB: 'BIÊN BẢN', KH: 'KẾ HOẠCH', BC: 'BÁO CÁO' };

function summaryOf(type: DocumentType, facts: Facts): string {
  switch (type) {
    case 'NQ':
      return resolutionSummary(facts);
    case 'BB':
      return minutesSummary(facts);
    case 'KH':
      return planSummary();
    case 'BC':
      return reportSummary(facts);
  }
}

const SIGNER_TITLES: Record<LiveMember['partyRole'], string> = { bi_thu: 'BÍ THƯ', pho_bi_thu: 'PHÓ BÍ THƯ', chi_uy_vien: 'CHỦ TRÌ', dang_vien: 'CHỦ TRÌ' };

/** T/M CHI BỘ over BÍ THƯ (the bí thư, or the chair when the cell has none). */
function cellSignature(facts: Facts): Signature {
  const s = facts.signer;
  return { authority: 'T/M CHI BỘ', title: s ? SIGNER_TITLES[s.partyRole] : 'BÍ THƯ', name: s?.fullName ?? '' };
}

function recipientsOf(type: DocumentType, record: ForumRecord): string[] | null {
  const committee = higherCommittee(record.cell.higherBody);
  switch (type) {
    case 'BB':
      return null;
    case 'BC':
      return [`${committee} (báo cáo);`, 'Lưu Chi bộ.'];
    default:
      return [`${committee} (báo cáo);`, 'Đảng viên trong chi bộ (thực hiện);', 'Lưu Chi bộ.'];
  }
}

/** The body: part headings and section titles from sections.ts around each section's blocks. */
function bodyOf(type: DocumentType, sections: readonly DraftSection[]): Block[] {
  const specs = SECTION_SPECS[type];
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const blocks: Block[] = [];
  let part: string | undefined;
  for (const spec of specs) {
    const section = byKey.get(spec.key);
    if (!section) continue;
    if (spec.part && spec.part !== part) blocks.push(heading(spec.part));
    part = spec.part;
    if (spec.print === 'heading') blocks.push(heading(spec.title));
    else if (spec.print === 'subheading') blocks.push({ kind: 'paragraph', runs: [{ text: spec.title, bold: true }], keepNext: true });
    blocks.push(...section.blocks);
  }
  // Sections the type does not list (e.g. stored under an older key) are kept, not dropped.
  for (const section of sections.filter((s) => !specs.some((spec) => spec.key === s.key))) {
    blocks.push(boldPara(section.title), ...section.blocks);
  }
  return blocks;
}

export function assembleDocument(type: DocumentType, record: ForumRecord, sections: readonly DraftSection[], options: AssembleOptions): PartyDocument {
  const facts = computeFacts(record);
  const blocks = bodyOf(type, sections);
  if (type === 'NQ' && record.vote) blocks.push(para(voteLine(record.vote)));
  const signatures: PartyDocument['signatures'] =
    type === 'BB'
      ? {
          left: { authority: null, title: 'THƯ KÝ', name: facts.secretary?.fullName ?? '' },
          right: { authority: null, title: 'CHỦ TRÌ', name: facts.chair?.fullName ?? '' },
        }
      : { left: null, right: cellSignature(facts) };
  return {
    profileId: 'HD36-2018',
    typeCode: type,
    draft: options.draft,
    header: {
      higherBody: record.cell.higherBody,
      issuingBody: facts.cellTitle,
      number: options.number,
      place: record.cell.placeName,
      dateIso: options.dateIso,
    },
    title: TITLES[type],
    summary: summaryOf(type, facts),
    blocks,
    signatures,
    recipients: recipientsOf(type, record),
    ...(type === 'KH' ? { landscape: true } : {}),
  };
}

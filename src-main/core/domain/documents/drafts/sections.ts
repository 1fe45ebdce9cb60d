// The sections of each document a forum produces, in print order, with their Vietnamese titles,
// and the drafting of each from the forum's record. A section is what the facilitator edits as one
// piece; regenerating one section (draftSection) re-drafts it alone, so the others keep their
// manual edits (the storage keeps which were edited).
import type { DocumentType } from '../../../../contract';
import type { Block } from '../../../documents/model';
import { computeFacts, type Facts } from './facts';
import {
  bieuQuyet, chuongTrinh, deDan, gopYTapThe, ketLuan, ketThuc, thanhPhan, thoiGian, tuSoi, yKienCapTren,
} from './minutes';
import { khMoDau, khMucDich, khNoiDung, khToChuc } from './plan';
import { bcGiaiPhap, bcHanChe, bcKeHoach, bcKetQua, bcKienNghi, bcMoDau } from './report';
import { canCu, hanChe, nguyenNhan, nhiemVuChiUy, nhiemVuDangVien, toChucThucHien, uuDiem } from './resolution';
import type { ForumRecord } from '../record';

export interface DraftSection {
  key: string;
  title: string;
  blocks: Block[];
}

/**
 * How a section prints: 'none' (its body only, e.g. the căn cứ lines), 'heading' (its title as a
 * section heading, "III- Tổ chức thực hiện"), or 'subheading' (its title as a bold paragraph,
 * "1. Ưu điểm"). `part`: the heading printed once before the first section of a part.
 */
export interface SectionSpec {
  key: string;
  title: string;
  print: 'none' | 'heading' | 'subheading';
  part?: string;
  draft: (facts: Facts) => Block[];
}

const NQ: SectionSpec[] = [
  { key: 'can_cu', title: 'Căn cứ, thành phần dự họp', print: 'none', draft: canCu },
  { key: 'uu_diem', title: '1. Ưu điểm', print: 'subheading', part: 'I- Đánh giá kết quả', draft: uuDiem },
  { key: 'han_che', title: '2. Hạn chế, khuyết điểm', print: 'subheading', part: 'I- Đánh giá kết quả', draft: hanChe },
  { key: 'nguyen_nhan', title: '3. Nguyên nhân', print: 'subheading', part: 'I- Đánh giá kết quả', draft: nguyenNhan },
  { key: 'nhiem_vu_chi_uy', title: '1. Đối với chi ủy', print: 'subheading', part: 'II- Nhiệm vụ, giải pháp khắc phục', draft: nhiemVuChiUy },
  { key: 'nhiem_vu_dang_vien', title: '2. Đối với đảng viên', print: 'subheading', part: 'II- Nhiệm vụ, giải pháp khắc phục', draft: nhiemVuDangVien },
  { key: 'to_chuc_thuc_hien', title: 'III- Tổ chức thực hiện', print: 'heading', draft: toChucThucHien },
];

const BB: SectionSpec[] = [
  { key: 'thoi_gian', title: 'I- Thời gian, địa điểm', print: 'heading', draft: thoiGian },
  { key: 'thanh_phan', title: 'II- Thành phần', print: 'heading', draft: thanhPhan },
  { key: 'chuong_trinh', title: '1. Chương trình sinh hoạt', print: 'subheading', part: 'III- Nội dung', draft: chuongTrinh },
  { key: 'de_dan', title: '2. Đề dẫn và kiểm điểm tập thể', print: 'subheading', part: 'III- Nội dung', draft: deDan },
  { key: 'tu_soi', title: '3. Tự soi, góp ý, tiếp thu và giải trình', print: 'subheading', part: 'III- Nội dung', draft: tuSoi },
  { key: 'gop_y_tap_the', title: '4. Góp ý đối với chi ủy và cấp ủy cấp trên', print: 'subheading', part: 'III- Nội dung', draft: gopYTapThe },
  { key: 'y_kien_cap_tren', title: '5. Ý kiến của đại biểu cấp ủy cấp trên', print: 'subheading', part: 'III- Nội dung', draft: yKienCapTren },
  { key: 'ket_luan', title: '6. Kết luận của chủ trì', print: 'subheading', part: 'III- Nội dung', draft: ketLuan },
  { key: 'bieu_quyet', title: '7. Biểu quyết', print: 'subheading', part: 'III- Nội dung', draft: bieuQuyet },
  { key: 'ket_thuc', title: 'Kết thúc, thông qua biên bản', print: 'none', draft: ketThuc },
];

const KH: SectionSpec[] = [
  { key: 'mo_dau', title: 'Căn cứ xây dựng kế hoạch', print: 'none', draft: khMoDau },
  { key: 'muc_dich', title: 'I- Mục đích, yêu cầu', print: 'heading', draft: khMucDich },
  { key: 'noi_dung', title: 'II- Nội dung, giải pháp khắc phục', print: 'heading', draft: khNoiDung },
  { key: 'to_chuc', title: 'III- Tổ chức thực hiện', print: 'heading', draft: khToChuc },
];

const BC: SectionSpec[] = [
  { key: 'mo_dau', title: 'Căn cứ báo cáo', print: 'none', draft: bcMoDau },
  { key: 'ket_qua', title: 'I- Kết quả tổ chức sinh hoạt', print: 'heading', draft: bcKetQua },
  { key: 'han_che', title: 'II- Hạn chế, khuyết điểm được chỉ ra và nguyên nhân', print: 'heading', draft: bcHanChe },
  { key: 'giai_phap', title: 'III- Giải pháp khắc phục', print: 'heading', draft: bcGiaiPhap },
  { key: 'ke_hoach', title: 'IV- Kế hoạch khắc phục và việc thực hiện kỳ trước', print: 'heading', draft: bcKeHoach },
  { key: 'kien_nghi', title: 'V- Đề xuất, kiến nghị', print: 'heading', draft: bcKienNghi },
];

export const SECTION_SPECS: Readonly<Record<DocumentType, readonly SectionSpec[]>> = { NQ, BB, KH, BC };

/** The section keys and titles of a document type, in print order. */
export const sectionList = (type: DocumentType): { key: string; title: string }[] => SECTION_SPECS[type].map(({ key, title }) => ({ key, title }));

export function sectionSpec(type: DocumentType, key: string): SectionSpec | undefined {
  return SECTION_SPECS[type].find((s) => s.key === key);
}

/** Every section of the document drafted from the record. */
export function draftSections(type: DocumentType, record: ForumRecord): DraftSection[] {
  const facts = computeFacts(record);
  return SECTION_SPECS[type].map((s) => ({ key: s.key, title: s.title, blocks: s.draft(facts) }));
}

/** One section drafted afresh from the record; throws on a key the document type does not have. */
export function draftSection(type: DocumentType, key: string, record: ForumRecord): DraftSection {
  const spec = sectionSpec(type, key);
  if (!spec) throw new Error(`Document type ${type} has no section «${key}»`);
  return { key: spec.key, title: spec.title, blocks: spec.draft(computeFacts(record)) };
}

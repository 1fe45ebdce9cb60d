// Entity shapes from the contract, as types only (zod stays out of the bundle).
export type {
  Catalogue, CatalogueSummary, Cell, Forum, ForumStatus, ForumSummary, Guest, Indicator, IndicatorGroup, Member,
  MemberCounts, MemberStatus, PartyRole, VerificationLevel,
} from '../../src-main/contract/schemas';
export type { ApiIssue, ErrorCode } from '../../src-main/contract/result';

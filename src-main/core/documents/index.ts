// Party documents: the model the drafting code fills, the format profiles, and the writers.
export * from './model';
export { FORMAT_PROFILES, HD36_2018, formatNumberLine, formatPlaceDate, getFormatProfile, type FormatProfile, type TextStyle } from './format-profiles';
export { renderDocx } from './docx-writer';
export { escapeHtml, renderPrintHtml } from './html-writer';
export { PLAN_COLUMNS, planCellText, planTableBlock, type PlanColumn, type PlanItem } from './plan';
export { PLAN_SHEET_ROWS, renderPlanXlsx, type PlanSheet } from './xlsx-writer';

// The action plan's stored items as the rows the plan table and sheet print.
import type { ActionItem } from '../../contract';
import type { PlanItem } from './plan';

export const planItemsOf = (items: readonly ActionItem[]): PlanItem[] =>
  items.map((item) => ({
    shortcoming: item.shortcoming,
    indicators: item.indicatorNos.map((n) => `(${n})`).join(', '),
    cause: item.cause,
    measure: item.measure,
    owner: item.ownerName,
    supporting: item.supporting,
    deadlineIso: item.deadline,
    expectedResult: item.expectedResult,
    monitor: item.monitor,
    progressPercent: item.progress,
    note: item.completedAt ? [item.note, `Hoàn thành ${item.completedAt.split('-').reverse().join('/')}`].filter(Boolean).join('; ') : item.note,
  }));

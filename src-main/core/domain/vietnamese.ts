// Vietnamese text conventions: name order for sorting, document dates, normalisation.

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Hằng" → family "Nguyễn", middle "Thị Minh", given "Hằng". */
export function splitVietnameseName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

/**
 * Orders names the way Vietnamese lists do: by given name, then middle names, then family name,
 * with Vietnamese letter order (a ă â b c d đ e ê …) and tones as a secondary difference.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitVietnameseName(a);
  const pb = splitVietnameseName(b);
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(pa.family, pb.family) ||
    collator.compare(a, b)
  );
}

export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnameseNames(nameOf(x), nameOf(y)));
}

/** "2026-03-05" → "ngày 5 tháng 3 năm 2026" (or "ngày 05 tháng 03 năm 2026" with padding). */
export function formatDocumentDate(isoDate: string, options: { padDayMonth?: boolean } = {}): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const pad = (n: number) => (options.padDayMonth ? String(n).padStart(2, '0') : String(n));
  return `ngày ${pad(day)} tháng ${pad(month)} năm ${year}`;
}

/** "2026-03-05" → "05/03/2026", the short form used in tables. */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/** "Chi bộ Văn phòng" → "Chi-bo-Van-phong": a file-name stem any system accepts. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

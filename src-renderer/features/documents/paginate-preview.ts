// Page breaks in the A4 preview. The print view is one long sheet on screen (the printer makes the
// pages); the preview frame runs no script, so this page lays the sheet out in pages from outside
// (the frame is same-origin): it measures the laid-out blocks once, works out where each A4 page's
// text area ends, and pushes what does not fit onto the next sheet, as the print does — a table row,
// a heading with what follows it, a header or the signatures move whole, a body paragraph breaks
// between two lines (two lines at least on each side), a table's header row repeats. The sheets are drawn as white pages with a grey gap
// and the page number from page 2. It is a preview: the printer's own breaks may differ by a line.

/** Marks what this code added, so a page already laid out is left alone. */
const PAGINATED = 'data-preview-pages';
const GAP_MM = 8;
const PX_PER_MM = 96 / 25.4;

interface Geometry {
  /** A sheet's height, its top and bottom margins and the gap between sheets, in CSS pixels. */
  pageHeight: number;
  top: number;
  bottom: number;
  gap: number;
}

interface Unit {
  el: HTMLElement;
  /** Top and bottom in the sheet's coordinates, before anything was moved. */
  top: number;
  bottom: number;
  kind: 'block' | 'paragraph' | 'row';
  /** Holds on to the next unit (a heading, a title, keep-with-next). */
  keepWithNext: boolean;
  /** For a row: its table's header row, repeated on a new page. */
  headerRow?: HTMLTableRowElement;
}

interface Insertion {
  /** Insert before this node (a unit's element, or a text node split at `offset`). */
  before: Node;
  offset?: number;
  height: number;
  kind: 'block' | 'inline' | 'row';
  headerRow?: HTMLTableRowElement;
}

const px = (value: string): number => parseFloat(value) || 0;

/** Lays the print view in `doc` out as A4 sheets; returns the number of pages (0 when it is not a print view). */
export function paginatePreview(doc: Document): number {
  const sheet = doc.querySelector<HTMLElement>('main.sheet');
  const view = doc.defaultView;
  if (!sheet || !view) return 0;
  const done = sheet.getAttribute(PAGINATED);
  if (done) return Number(done);

  const style = view.getComputedStyle(sheet);
  const g: Geometry = { pageHeight: px(style.minHeight), top: px(style.paddingTop), bottom: px(style.paddingBottom), gap: GAP_MM * PX_PER_MM };
  if (g.pageHeight <= g.top + g.bottom) return 0;
  const origin = sheet.getBoundingClientRect().top;
  const rect = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  };

  // ---- The units, measured once on the unbroken sheet ----
  const units: Unit[] = [];
  for (const child of Array.from(sheet.children) as HTMLElement[]) {
    const keepWithNext = child.matches('h2, .doc-title, .summary, .summary-rule, .keep-with-next');
    if (child.matches('table.data') && !child.matches('.keep-with-next')) {
      const rows = Array.from((child as HTMLTableElement).tBodies).flatMap((b) => Array.from(b.rows));
      const headerRow = (child as HTMLTableElement).tHead?.rows[0];
      rows.forEach((row, i) => {
        const r = rect(row);
        // The first row goes with the header row: the table starts on the page that has room for both.
        units.push(i === 0 ? { el: child, top: rect(child).top, bottom: r.bottom, kind: 'block', keepWithNext: false } : { el: row, ...r, kind: 'row', keepWithNext: false, headerRow });
      });
      continue;
    }
    const splittable = child.matches('p.body') && !keepWithNext;
    units.push({ el: child, ...rect(child), kind: splittable ? 'paragraph' : 'block', keepWithNext });
  }

  // ---- Where each page ends, and what moves to the next ----
  const insertions: Insertion[] = [];
  let shift = 0; // height pushed in so far
  let page = 0;
  const contentBottom = () => page * (g.pageHeight + g.gap) + g.pageHeight - g.bottom;
  const nextContentTop = () => (page + 1) * (g.pageHeight + g.gap) + g.top;
  const headerHeight = (row?: HTMLTableRowElement) => (row ? rect(row).bottom - rect(row).top : 0);

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // A unit taller than a page cannot be helped: it runs on (the guard ends the loop).
    for (let guard = 0; u.bottom + shift > contentBottom() && guard < 200; guard++) {
      if (u.kind === 'paragraph') {
        const split = firstLineBelow(u.el, contentBottom() - shift, origin);
        if (split && split.top > u.top + 1) {
          const height = nextContentTop() - (split.top + shift);
          insertions.push({ before: split.node, offset: split.offset, height, kind: 'inline' });
          shift += height;
          page++;
          continue;
        }
      }
      // The whole unit moves; a heading or title just before it on the same page moves with it.
      let moved = u;
      const previous = units[i - 1];
      const pageTop = page * (g.pageHeight + g.gap) + g.top;
      if (previous?.keepWithNext && previous.kind !== 'row' && previous.top + shift > pageTop + 1) moved = previous;
      if (moved.top + shift <= pageTop + 1) break; // already at the top of a page
      const extra = moved.kind === 'row' ? headerHeight(moved.headerRow) : 0;
      const height = nextContentTop() - (moved.top + shift);
      insertions.push({
        before: moved.el,
        // A block's top margin collapsed with the one above it; with a spacer between them both count.
        height: moved.kind === 'row' ? height : Math.max(0, height - collapsedMargin(moved.el)),
        kind: moved.kind === 'row' ? 'row' : 'block',
        headerRow: moved.kind === 'row' ? moved.headerRow : undefined,
      });
      shift += height + extra;
      page++;
    }
  }

  // ---- Applied in one go (the measurements above are of the unbroken sheet) ----
  for (const ins of insertions) insertSpacer(doc, ins);
  const pages = page + 1;
  const span = g.pageHeight + g.gap;
  sheet.setAttribute(PAGINATED, String(pages));
  sheet.style.cssText +=
    `;min-height:${pages * span - g.gap}px;box-shadow:none;position:relative;` +
    `background:repeating-linear-gradient(to bottom,#fff 0,#fff ${g.pageHeight}px,#e8e8e8 ${g.pageHeight}px,#e8e8e8 ${span}px)`;
  // Page numbers from page 2, centred in the top margin, as printed.
  const numberStyle = view.getComputedStyle(sheet);
  for (let n = 2; n <= pages; n++) {
    const number = doc.createElement('div');
    number.setAttribute('aria-hidden', 'true');
    number.className = 'preview-page-number';
    number.textContent = String(n);
    number.style.cssText = `position:absolute;left:0;right:0;top:${(n - 1) * span + g.top / 2 - 8}px;text-align:center;font-family:${numberStyle.fontFamily};font-size:13pt;line-height:1`;
    sheet.appendChild(number);
  }
  return pages;
}

/** The margin a block shared with the one above it (collapsed: the smaller of the two is hidden in the larger). */
function collapsedMargin(el: HTMLElement): number {
  const view = el.ownerDocument.defaultView;
  const above = el.previousElementSibling;
  if (!view || !above) return 0;
  return Math.min(px(view.getComputedStyle(el).marginTop), px(view.getComputedStyle(above).marginBottom));
}

/** The first character of `p` whose line reaches below `limit` (sheet coordinates), or null. */
function firstLineBelow(p: HTMLElement, limit: number, origin: number): { node: Text; offset: number; top: number } | null {
  const doc = p.ownerDocument;
  const walker = doc.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const chars: { node: Text; offset: number }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    for (let o = 0; o < text.data.length; o++) chars.push({ node: text, offset: o });
  }
  const range = doc.createRange();
  const boxOf = (i: number) => {
    range.setStart(chars[i].node, chars[i].offset);
    range.setEnd(chars[i].node, chars[i].offset + 1);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  };
  // Lines go down as the text goes on: the first character whose box ends below the limit.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(mid).bottom > limit) hi = mid;
    else lo = mid + 1;
  }
  if (lo >= chars.length) return null;
  const sameLine = (a: number, b: number) => Math.abs(boxOf(a).top - boxOf(b).top) < 1;
  // Back to the start of that line (a space before it may sit on the line above).
  const lineStart = (i: number) => {
    let j = i;
    while (j > 0 && sameLine(j - 1, i)) j--;
    return j;
  };
  lo = lineStart(lo);
  // Widows and orphans (2, as printed): the last line never goes over alone, and a page never ends
  // on the first line: the break moves a line up, or the whole paragraph moves.
  if (lo > 0 && sameLine(lo, chars.length - 1)) lo = lineStart(lo - 1);
  if (lo > 0 && sameLine(lo - 1, 0)) lo = 0;
  return { ...chars[lo], top: boxOf(lo).top };
}

function insertSpacer(doc: Document, ins: Insertion): void {
  if (ins.kind === 'row') {
    const before = ins.before as HTMLTableRowElement;
    const columns = before.cells.length;
    const gap = doc.createElement('tr');
    gap.className = 'preview-page-gap';
    gap.setAttribute('aria-hidden', 'true');
    const cell = doc.createElement('td');
    cell.colSpan = columns;
    cell.style.cssText = `height:${ins.height}px;padding:0;border:none;background:transparent`;
    gap.appendChild(cell);
    before.before(gap);
    if (ins.headerRow) {
      const header = ins.headerRow.cloneNode(true) as HTMLTableRowElement;
      header.setAttribute('aria-hidden', 'true');
      before.before(header);
    }
    return;
  }
  const spacer = doc.createElement(ins.kind === 'inline' ? 'span' : 'div');
  spacer.className = 'preview-page-gap';
  spacer.setAttribute('aria-hidden', 'true');
  if (ins.kind === 'inline') {
    // On a line of its own (no text-indent on the lines after it, unlike a block inside the paragraph).
    spacer.style.cssText = `display:inline-block;width:100%;height:${ins.height}px;vertical-align:top;text-indent:0`;
    const text = ins.before as Text;
    const rest = ins.offset ? text.splitText(ins.offset) : text;
    rest.before(spacer);
  } else {
    spacer.style.cssText = `height:${ins.height}px`;
    (ins.before as HTMLElement).before(spacer);
  }
}

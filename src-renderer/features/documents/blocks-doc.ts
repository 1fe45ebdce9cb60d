// Blocks of a document section (the document model: heading | paragraph with runs | table) to and
// from the rich-text editor's JSON (ProseMirror/tiptap), without the editor: pure functions.
//
// - heading {text}            ↔ heading (level 2) with plain text; marks are dropped (the format
//                               prints every heading bold and upper case anyway);
// - paragraph {runs, align, indent} ↔ paragraph with attrs {align, indent} and text nodes marked
//                               bold / italic / underline; '\n' in a run ↔ a hard break;
// - table {columns, rows}     ↔ 'partyTable', an atom node carrying the table as it is: tables are
//                               shown read-only in the editor.
//
// Going back, adjacent text with the same marks is one run, and empty headings and paragraphs are
// left out (the contract refuses an empty heading; an empty line has no place in a Party document).
import type { BlockDto } from '../../../src-main/contract/documents';

export type { BlockDto };
type ParagraphBlock = Extract<BlockDto, { kind: 'paragraph' }>;
type TableBlock = Extract<BlockDto, { kind: 'table' }>;
type Run = ParagraphBlock['runs'][number];
type Align = NonNullable<ParagraphBlock['align']>;

/** The editor's JSON, as much of it as these functions read and write. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export const TABLE_NODE = 'partyTable';
export const HEADING_LEVEL = 2;
const MARKS = ['bold', 'italic', 'underline'] as const;
type MarkName = (typeof MARKS)[number];
const ALIGNS: readonly Align[] = ['justify', 'center', 'left', 'right'];

// ---- blocks → editor ----

function runNodes(run: Run): DocNode[] {
  const marks = MARKS.filter((m) => run[m] === true).map((type) => ({ type }));
  const out: DocNode[] = [];
  run.text.split('\n').forEach((piece, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    if (piece !== '') out.push(marks.length > 0 ? { type: 'text', text: piece, marks } : { type: 'text', text: piece });
  });
  return out;
}

function blockNode(block: BlockDto): DocNode {
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', attrs: { level: HEADING_LEVEL }, content: block.text === '' ? [] : [{ type: 'text', text: block.text }] };
    case 'paragraph': {
      const content = block.runs.flatMap(runNodes);
      return { type: 'paragraph', attrs: { align: block.align ?? null, indent: block.indent ?? null }, ...(content.length > 0 ? { content } : {}) };
    }
    case 'table':
      return { type: TABLE_NODE, attrs: { columns: block.columns, rows: block.rows } };
  }
}

/** A section's blocks as the editor's document (never empty: an empty section is one empty paragraph). */
export function blocksToDoc(blocks: readonly BlockDto[]): DocNode {
  const content = blocks.map(blockNode);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph', attrs: { align: null, indent: null } }] };
}

// ---- editor → blocks ----

interface Piece {
  text: string;
  marks: Set<MarkName>;
}

const sameMarks = (a: Set<MarkName>, b: Set<MarkName>) => a.size === b.size && [...a].every((m) => b.has(m));

function marksOf(node: DocNode): Set<MarkName> {
  const set = new Set<MarkName>();
  for (const m of node.marks ?? []) if ((MARKS as readonly string[]).includes(m.type)) set.add(m.type as MarkName);
  return set;
}

/** The inline content of a node as pieces of text with their marks; a hard break is '\n'. */
function piecesOf(node: DocNode): Piece[] {
  const pieces: Piece[] = [];
  const walk = (n: DocNode) => {
    if (n.type === 'text') {
      if (n.text) pieces.push({ text: n.text, marks: marksOf(n) });
    } else if (n.type === 'hardBreak') {
      // A line break carries the marks of the text before it, so it joins that run.
      pieces.push({ text: '\n', marks: pieces.at(-1)?.marks ?? new Set() });
    } else {
      for (const child of n.content ?? []) walk(child);
    }
  };
  for (const child of node.content ?? []) walk(child);
  return pieces;
}

function runsOf(pieces: Piece[]): Run[] {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged.at(-1);
    if (last && sameMarks(last.marks, p.marks)) last.text += p.text;
    else merged.push({ text: p.text, marks: new Set(p.marks) });
  }
  return merged.map((p) => {
    const run: Run = { text: p.text.normalize('NFC') };
    for (const m of MARKS) if (p.marks.has(m)) run[m] = true;
    return run;
  });
}

function columnsOf(value: unknown): TableBlock['columns'] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null)
    .map((c) => {
      const column: TableBlock['columns'][number] = {
        title: typeof c.title === 'string' ? c.title : '',
        width: typeof c.width === 'number' && c.width > 0 ? c.width : 1,
      };
      if (c.align === 'left' || c.align === 'center' || c.align === 'right') column.align = c.align;
      return column;
    });
}

function rowsOf(value: unknown): string[][] {
  if (!Array.isArray(value)) return [];
  return value.filter(Array.isArray).map((row: unknown[]) => row.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))));
}

function nodeBlock(node: DocNode): BlockDto | null {
  switch (node.type) {
    case 'heading': {
      const text = piecesOf(node)
        .map((p) => (p.text === '\n' ? ' ' : p.text))
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
        .normalize('NFC');
      return text === '' ? null : { kind: 'heading', text };
    }
    case 'paragraph': {
      const runs = runsOf(piecesOf(node));
      if (runs.every((r) => r.text.trim() === '')) return null;
      const block: ParagraphBlock = { kind: 'paragraph', runs };
      const align = node.attrs?.align;
      if (typeof align === 'string' && (ALIGNS as readonly string[]).includes(align)) block.align = align as Align;
      const indent = node.attrs?.indent;
      if (typeof indent === 'boolean') block.indent = indent;
      return block;
    }
    case TABLE_NODE:
      return { kind: 'table', columns: columnsOf(node.attrs?.columns), rows: rowsOf(node.attrs?.rows) };
    default: {
      // Anything else that slipped in (a pasted list item…) keeps its words as a paragraph.
      const runs = runsOf(piecesOf(node));
      return runs.every((r) => r.text.trim() === '') ? null : { kind: 'paragraph', runs };
    }
  }
}

/** The editor's document as a section's blocks. */
export function docToBlocks(doc: DocNode): BlockDto[] {
  const out: BlockDto[] = [];
  for (const node of doc.content ?? []) {
    const block = nodeBlock(node);
    if (block) out.push(block);
  }
  return out;
}

/** Blocks as the editor would give them back (runs merged, empty blocks dropped). */
export const normalizeBlocks = (blocks: readonly BlockDto[]): BlockDto[] => docToBlocks(blocksToDoc(blocks));

/** Same content, the way the editor sees it. */
export function sameBlocks(a: readonly BlockDto[], b: readonly BlockDto[]): boolean {
  if (a === b) return true;
  return JSON.stringify(normalizeBlocks(a)) === JSON.stringify(normalizeBlocks(b));
}

/** Plain text of blocks (the conflict panel shows both versions this way). */
export function blocksToText(blocks: readonly BlockDto[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading') return b.text;
      if (b.kind === 'paragraph') return b.runs.map((r) => r.text).join('');
      return [b.columns.map((c) => c.title).join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
    })
    .join('\n\n');
}

// ---- following the record while nobody edits ----

/**
 * A section that was never edited follows the record: its blocks change while the document's
 * version stays. The autosave controller only takes a stored value whose version went up, so the
 * editor gets a version of its own: the document's version × FOLLOW_STEP plus a count of record
 * changes seen at that document version. While the user is in the section (focused, unsaved or
 * saving) the stored value is held, so the record never pulls text from under the cursor and never
 * reads as someone else's edit.
 */
export const FOLLOW_STEP = 1_000_000;

export interface Follow {
  /** The document's version. */
  real: number;
  /** The blocks held for the editor, and their JSON (to notice a change). */
  blocks: BlockDto[];
  json: string;
  /** Record changes taken at this document version. */
  gen: number;
}

export const followVersion = (f: Follow): number => f.real * FOLLOW_STEP + f.gen;
/** The document version a follow version stands for (what a save is checked against). */
export const realVersion = (followVersionValue: number): number => Math.floor(followVersionValue / FOLLOW_STEP);

export function startFollow(real: number, blocks: BlockDto[]): Follow {
  return { real, blocks, json: JSON.stringify(blocks), gen: 0 };
}

/** The next held value: a new document version is always taken; a record change only when idle. */
export function nextFollow(prev: Follow, real: number, blocks: BlockDto[], engaged: boolean): Follow {
  if (real !== prev.real) return startFollow(real, blocks);
  const json = JSON.stringify(blocks);
  if (json === prev.json || engaged) return prev;
  return { real, blocks, json, gen: Math.min(prev.gen + 1, FOLLOW_STEP - 1) };
}

// Reads a generated DOCX back for the tests: unzips it (fflate) and pulls paragraphs, runs and
// tables out of word/document.xml with small regular expressions. Enough for the WordprocessingML
// our writer produces (no nested tables, no fields other than PAGE).
import { strFromU8, unzipSync } from 'fflate';

export interface XmlRun {
  text: string;
  font: string | null;
  /** Half-points, as in w:sz. */
  size: number | null;
  bold: boolean;
  italic: boolean;
  underline: string | null;
}

export interface XmlParagraph {
  xml: string;
  text: string;
  align: string | null;
  firstLineIndent: number | null;
  runs: XmlRun[];
}

export interface XmlTable {
  xml: string;
  rows: { xml: string; cells: { xml: string; paragraphs: XmlParagraph[] }[] }[];
}

export function unzipDocx(buffer: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attr = (xml: string, element: string, name: string): string | null => {
  const m = new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return m ? decode(m[1]) : null;
};

/** An on/off property such as <w:b/> or <w:b w:val="false"/>. */
const flag = (rPr: string, element: string): boolean => {
  const m = new RegExp(`<${element}(\\s[^>]*)?/>`).exec(rPr);
  if (!m) return false;
  const val = /w:val="([^"]*)"/.exec(m[1] ?? '');
  return !val || !['false', '0', 'off'].includes(val[1]);
};

/** Every element <tag …>…</tag> at any depth, assuming the tag does not nest in itself. */
export function elements(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>|<${tag}(?:\\s[^>]*)?/>`, 'g');
  return xml.match(re) ?? [];
}

export function parseRun(xml: string): XmlRun {
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const text = elements(xml, 'w:t')
    .map((t) => decode(t.replace(/^<w:t[^>]*>/, '').replace(/<\/w:t>$/, '').replace(/^<w:t[^>]*\/>$/, '')))
    .join('');
  const size = attr(rPr, 'w:sz', 'w:val');
  return {
    text: xml.includes('<w:br/>') ? `\n${text}` : text,
    font: attr(rPr, 'w:rFonts', 'w:ascii'),
    size: size === null ? null : Number(size),
    bold: flag(rPr, 'w:b'),
    italic: flag(rPr, 'w:i'),
    underline: attr(rPr, 'w:u', 'w:val'),
  };
}

export function parseParagraph(xml: string): XmlParagraph {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const runs = elements(xml, 'w:r').map(parseRun);
  const firstLine = attr(pPr, 'w:ind', 'w:firstLine');
  return {
    xml,
    text: runs.map((r) => r.text).join(''),
    align: attr(pPr, 'w:jc', 'w:val'),
    firstLineIndent: firstLine === null ? null : Number(firstLine),
    runs,
  };
}

export function paragraphs(xml: string): XmlParagraph[] {
  return elements(xml, 'w:p').map(parseParagraph);
}

export function tables(xml: string): XmlTable[] {
  return elements(xml, 'w:tbl').map((tbl) => ({
    xml: tbl,
    rows: elements(tbl, 'w:tr').map((tr) => ({
      xml: tr,
      cells: elements(tr, 'w:tc').map((tc) => ({ xml: tc, paragraphs: paragraphs(tc) })),
    })),
  }));
}

/** The one paragraph whose text is exactly this; fails loudly otherwise. */
export function findParagraph(all: XmlParagraph[], text: string): XmlParagraph {
  const found = all.filter((p) => p.text === text);
  if (found.length !== 1) {
    throw new Error(`expected one paragraph "${text}", found ${found.length}; have: ${all.map((p) => JSON.stringify(p.text)).join(', ')}`);
  }
  return found[0];
}

/** The style shared by every run of a paragraph (the writer gives each run its full style). */
export function paragraphStyle(p: XmlParagraph) {
  const nonEmpty = p.runs.filter((r) => r.text !== '');
  const first = nonEmpty[0];
  if (!first) throw new Error(`paragraph "${p.text}" has no text runs`);
  for (const run of nonEmpty) {
    if (run.font !== first.font || run.size !== first.size || run.bold !== first.bold || run.italic !== first.italic || run.underline !== first.underline) {
      throw new Error(`paragraph "${p.text}" mixes run styles`);
    }
  }
  return { font: first.font, size: first.size, bold: first.bold, italic: first.italic, underline: first.underline, align: p.align };
}

// The rich-text editor of one document section: tiptap (ProseMirror) limited to what the document
// model holds — section headings, paragraphs with bold / italic / underline, line breaks, alignment
// and first-line indent, and the drafted tables, shown read-only. The value is the section's blocks (blocks-doc.ts converts).
import { Fragment, useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Group, Tooltip } from '@mantine/core';
import { Extension, Node as TiptapNode } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { t } from '../../i18n';
import { blocksToDoc, docToBlocks, HEADING_LEVEL, sameBlocks, TABLE_NODE, type BlockDto } from './blocks-doc';
import { BlocksView } from './BlocksView';
import classes from './Documents.module.css';

/** A transaction carrying this meta may add or remove tables (a value set from outside). */
const SYNC_META = 'tusoiSync';

const countTables = (doc: PmNode) => {
  let n = 0;
  doc.descendants((node) => {
    if (node.type.name === TABLE_NODE) n += 1;
    return node.type.name !== TABLE_NODE;
  });
  return n;
};

/** The drafted tables: atoms rendered as a table, never removed by typing. */
const PartyTable = TiptapNode.create({
  name: TABLE_NODE,
  group: 'block',
  atom: true,
  selectable: false,
  draggable: false,
  addAttributes() {
    return { columns: { default: [] }, rows: { default: [] } };
  },
  renderHTML({ node }) {
    const columns = (node.attrs.columns ?? []) as { title: string }[];
    const rows = (node.attrs.rows ?? []) as string[][];
    // A summary, not the table: it is drafted from the data (the plan's items), read-only here, and
    // shown in full in the preview beside; a wide table squeezed into the editor reads badly.
    const e = t.documents.editor;
    return [
      'div',
      { class: classes.tableBox, contenteditable: 'false', 'data-rows': String(rows.length) },
      ['p', { class: classes.tableSummary }, e.tableSummary(rows.length)],
      ['p', { class: classes.tableColumns }, e.tableColumns(columns.map((c) => c.title))],
    ];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('partyTableKeep'),
        filterTransaction: (tr) => !tr.docChanged || tr.getMeta(SYNC_META) === true || countTables(tr.doc) >= countTables(tr.before),
      }),
    ];
  },
});

/** Paragraph alignment and first-line indent, kept so a round trip through the editor loses nothing. */
const ParagraphLayout = Extension.create({
  name: 'paragraphLayout',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          align: {
            default: null,
            parseHTML: () => null,
            renderHTML: (attrs) => (attrs.align ? { style: `text-align:${String(attrs.align)}` } : {}),
          },
          indent: {
            default: null,
            parseHTML: () => null,
            renderHTML: (attrs) => (attrs.indent === false ? { 'data-indent': 'false' } : {}),
          },
        },
      },
    ];
  },
});

export const EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
    heading: { levels: [HEADING_LEVEL] },
  }),
  ParagraphLayout,
  PartyTable,
];

type ParagraphAlign = 'left' | 'center' | 'right' | 'justify';
const ALIGN_BUTTONS: ParagraphAlign[] = ['left', 'center', 'right', 'justify'];

/** Four lines drawn as the alignment lays them out (the document's default is justified). */
function AlignIcon({ align }: { align: ParagraphAlign }) {
  const lines = [14, 10, 14, 8].map((w, i) => {
    const width = align === 'justify' && i < 3 ? 14 : w;
    const x = align === 'left' || align === 'justify' ? 1 : align === 'right' ? 15 - width : (16 - width) / 2;
    return <rect key={i} x={x} y={2 + i * 3.5} width={width} height={1.6} rx={0.5} />;
  });
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      {lines}
    </svg>
  );
}

/** A first line set in from the others. */
function IndentIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <rect x={6} y={2} width={9} height={1.6} rx={0.5} />
      <rect x={1} y={5.5} width={14} height={1.6} rx={0.5} />
      <rect x={1} y={9} width={14} height={1.6} rx={0.5} />
      <rect x={1} y={12.5} width={10} height={1.6} rx={0.5} />
      <path d="M1 1.2 L4 2.8 L1 4.4 Z" />
    </svg>
  );
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const e = t.documents.editor;
  const state = useEditorState({
    editor,
    // The marks at the cursor, shown only while the user is in this editor (an idle section's
    // cursor sits at its start, and a pressed "B" there would say nothing).
    selector: ({ editor: ed }) => ({
      bold: ed.isFocused && ed.isActive('bold'),
      italic: ed.isFocused && ed.isActive('italic'),
      underline: ed.isFocused && ed.isActive('underline'),
      heading: ed.isFocused && ed.isActive('heading'),
      // The paragraph at the cursor: its alignment (none set: the document's, justified) and indent.
      align: ed.isFocused && ed.isActive('paragraph') ? ((ed.getAttributes('paragraph').align as ParagraphAlign | null) ?? 'justify') : null,
      indent: ed.isFocused && ed.isActive('paragraph') && ed.getAttributes('paragraph').indent !== false,
      inParagraph: ed.isActive('paragraph'),
      canUndo: ed.can().undo(),
      canRedo: ed.can().redo(),
    }),
  });
  // The editor keeps the selection: a toolbar button never takes the focus away.
  const keep = (event: { preventDefault: () => void }) => event.preventDefault();
  const toggle = (pressed: boolean, text: ReactNode, hint: string, run: () => void, style?: CSSProperties, disabled = false) => (
    <Tooltip label={hint} withArrow openDelay={400}>
      <Button
        size="compact-md"
        variant={pressed ? 'filled' : 'default'}
        aria-pressed={pressed}
        aria-label={hint}
        onMouseDown={keep}
        onClick={run}
        style={style}
        disabled={disabled}
      >
        {text}
      </Button>
    </Tooltip>
  );
  return (
    <Group gap={4} role="toolbar" aria-label={label} className={classes.toolbar}>
      {toggle(state.bold, 'B', `${e.bold} (Ctrl+B)`, () => editor.chain().focus().toggleBold().run(), { fontWeight: 800 })}
      {toggle(state.italic, 'I', `${e.italic} (Ctrl+I)`, () => editor.chain().focus().toggleItalic().run(), { fontStyle: 'italic', fontFamily: 'serif' })}
      {toggle(state.underline, 'U', `${e.underline} (Ctrl+U)`, () => editor.chain().focus().toggleUnderline().run(), { textDecoration: 'underline' })}
      {toggle(state.heading, e.heading, state.heading ? e.paragraph : e.heading, () =>
        editor.chain().focus().toggleHeading({ level: HEADING_LEVEL }).run(),
      )}
      {/* Alignment and first-line indent belong to paragraphs (a section heading is laid out by the format). */}
      {ALIGN_BUTTONS.map((align) => (
        <Fragment key={align}>
          {toggle(
            state.align === align,
            <AlignIcon align={align} />,
            e.align[align],
            // Justified is the document's own: stored as no alignment, so a change of format follows.
            () => editor.chain().focus().updateAttributes('paragraph', { align: align === 'justify' ? null : align }).run(),
            undefined,
            !state.inParagraph,
          )}
        </Fragment>
      ))}
      {toggle(
        state.indent,
        <IndentIcon />,
        e.indent,
        () => editor.chain().focus().updateAttributes('paragraph', { indent: state.indent ? false : null }).run(),
        undefined,
        !state.inParagraph,
      )}
      <Button size="compact-md" variant="default" aria-label={`${e.undo} (Ctrl+Z)`} title={e.undo} disabled={!state.canUndo} onMouseDown={keep} onClick={() => editor.chain().focus().undo().run()}>
        ↶
      </Button>
      <Button size="compact-md" variant="default" aria-label={`${e.redo} (Ctrl+Y)`} title={e.redo} disabled={!state.canRedo} onMouseDown={keep} onClick={() => editor.chain().focus().redo().run()}>
        ↷
      </Button>
    </Group>
  );
}

export interface RichTextEditorProps {
  value: BlockDto[];
  onChange: (blocks: BlockDto[]) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  readOnly?: boolean;
  /** Names the section for screen readers. */
  title: string;
}

export function RichTextEditor({ value, onChange, onFocus, onBlur, readOnly = false, title }: RichTextEditorProps) {
  const e = t.documents.editor;
  const callbacks = useRef({ onChange, onFocus, onBlur });
  callbacks.current = { onChange, onFocus, onBlur };
  /** The blocks the editor last gave or was given: a new value prop different from it is applied. */
  const shown = useRef<BlockDto[]>(value);

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: blocksToDoc(value),
    editable: !readOnly,
    // Rendered on the client only (the server-rendered tests see the static view below).
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: classes.prose,
        'aria-label': e.editorLabel(title),
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
      },
    },
    onUpdate: ({ editor: ed }) => {
      const blocks = docToBlocks(ed.getJSON());
      shown.current = blocks;
      callbacks.current.onChange(blocks);
    },
    onFocus: () => callbacks.current.onFocus?.(),
    onBlur: () => callbacks.current.onBlur?.(),
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // A value from outside (the record moved, the other writer's text chosen, a regenerated section).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (sameBlocks(value, shown.current)) return;
    shown.current = value;
    editor.chain().setMeta(SYNC_META, true).setMeta('addToHistory', false).setContent(blocksToDoc(value), { emitUpdate: false }).run();
  }, [editor, value]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Esc leaves the editor (and so saves it), unless it ends an IME composition.
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) editor?.commands.blur();
  };

  return (
    <div className={classes.editor} data-readonly={readOnly || undefined}>
      {editor && !readOnly && <Toolbar editor={editor} label={e.toolbarLabel(title)} />}
      {editor ? (
        <EditorContent editor={editor} onKeyDown={onKeyDown} />
      ) : (
        <div className={classes.prose}>
          <BlocksView blocks={value} />
        </div>
      )}
    </div>
  );
}

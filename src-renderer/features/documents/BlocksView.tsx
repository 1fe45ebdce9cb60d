// A section's blocks as static HTML: what the editor shows before it starts (and in server-rendered
// tests), and the read-only view of a version.
import type { BlockDto } from './blocks-doc';
import classes from './Documents.module.css';
import { t } from '../../i18n';

type Run = Extract<BlockDto, { kind: 'paragraph' }>['runs'][number];

function RunView({ run }: { run: Run }) {
  const lines = run.text.split('\n');
  let node = (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
  if (run.underline) node = <u>{node}</u>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  return node;
}

export function BlocksView({ blocks }: { blocks: readonly BlockDto[] }) {
  if (blocks.length === 0) return <p className={classes.empty}>{t.documents.editor.emptySection}</p>;
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'heading') return <h2 key={i}>{block.text}</h2>;
        if (block.kind === 'paragraph') {
          return (
            <p key={i} style={block.align ? { textAlign: block.align } : undefined} data-indent={block.indent === false ? 'false' : undefined}>
              {block.runs.map((run, j) => (
                <RunView key={j} run={run} />
              ))}
            </p>
          );
        }
        // A drafted table is summed up, as in the editor; the preview shows it in full.
        return (
          <div key={i} className={classes.tableBox} data-rows={block.rows.length}>
            <p className={classes.tableSummary}>{t.documents.editor.tableSummary(block.rows.length)}</p>
            <p className={classes.tableColumns}>{t.documents.editor.tableColumns(block.columns.map((c) => c.title))}</p>
          </div>
        );
      })}
    </>
  );
}

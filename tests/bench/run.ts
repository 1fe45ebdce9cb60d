// Performance benchmarks: prints each figure beside its target. Reports only; always exits 0.
import { benchRendererSize } from './bundle';
import { benchDocx } from './documents';
import { benchRealDocx } from './documents-real';
import { benchBackupResponsiveness } from './backup';
import { benchAutosave } from './live-saves';
import { benchMatrixRender, benchMatrixTyping } from './matrix';
import { benchReport } from './report';
import { benchDispatchVsRaw, benchHttpSave } from './saves';
import { benchSearch } from './search';
import { benchCoreStart } from './startup';
import { printCheck, type Check } from './stats';

const benches: [string, () => Promise<Check>][] = [
  ['a. save: dispatch vs raw INSERT', benchDispatchVsRaw],
  ['b. save over HTTP', benchHttpSave],
  ['c. core start on ~100 MB', benchCoreStart],
  ['d. renderer initial JS', benchRendererSize],
  ['e. live forum autosave', benchAutosave],
  ['h. matrix first render (60 × 27)', benchMatrixRender],
  ['i. matrix typing input-to-paint', benchMatrixTyping],
  ['f. four DOCX, writer only (synthetic 60-member model)', benchDocx],
  ['g. four DOCX drafted from a real 60-member forum', benchRealDocx],
  ['j. aggregate report over the large data set (200 cells, 8 years)', benchReport],
  ['k. during a backup the API stays responsive (large data set)', benchBackupResponsiveness],
  ['l. search over the large data set (200 cells, 8 years)', benchSearch],
];

/** `npm run bench -- h i` runs only the benches whose letters are given; no argument runs them all. */
function chosen(): typeof benches {
  const letters = process.argv.slice(2).map((a) => a.toLowerCase());
  if (letters.length === 0) return benches;
  return benches.filter(([title]) => letters.includes(title.slice(0, title.indexOf('.'))));
}

async function main(): Promise<void> {
  const checks: Check[] = [];
  for (const [title, bench] of chosen()) {
    console.log(`\n${title}`);
    try {
      const check = await bench();
      printCheck(check);
      checks.push(check);
    } catch (error) {
      const check = { label: title, figure: `error: ${(error as Error).message}`, target: 'a figure', pass: false };
      printCheck(check);
      checks.push(check);
    }
  }
  const passed = checks.filter((c) => c.pass).length;
  console.log(`\nbench summary: ${passed} of ${checks.length} targets met${passed === checks.length ? '' : ` (missed: ${checks.filter((c) => !c.pass).map((c) => c.label).join('; ')})`}`);
}

main()
  .catch((error: unknown) => console.error(error))
  .finally(() => {
    process.exitCode = 0;
  });

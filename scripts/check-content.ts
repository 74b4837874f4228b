/**
 * `npm run check:content`: checks every page in content/ and prints each problem as
 * "file:line  field: message". Exit status 1 if there is any.
 */
import { checkContent, formatProblems } from '../src/lib/check/check.ts';

const root = process.argv[2] ?? process.cwd();
const { files, problems } = checkContent(root);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\n${String(problems.length)} probleem/problemen in ${String(files)} pagina's. Zie CONTRIBUTING.md voor uitleg.`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${String(files)} pagina's gecontroleerd.`);

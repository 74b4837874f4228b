/**
 * `npm run nieuw`: makes a new page with valid frontmatter in the right folder.
 * Asks for what it needs, or takes it as flags:
 *
 *   npm run nieuw -- --soort indicator --akkoord sectorakkoord-vo --ambitie 5 --nummer 25 --titel "Nieuwe indicator"
 *   npm run nieuw -- --soort hoofdstuk --rapport staat-2025 --nummer 1 --titel "Kwaliteit van het onderwijs"
 *   npm run nieuw -- --soort thema --code werkdruk --titel "Werkdruk" --uitleg "Hoe zwaar het werk is."
 *
 * It refuses a number that already exists and says where that page is.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/lib/check/check.ts';
import { numberKey } from '../src/lib/domain/graph.ts';
import { KINDS, pathFor, templateFor, type Kind } from '../src/lib/check/scaffold.ts';
import { DATA_FILES, readVocabulary } from '../src/lib/check/vocabulary.ts';
import { keysOf, SECTORS } from '../src/schemas/vocabulary.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function fail(message: string): never {
  console.error(`nieuw: ${message}`);
  rl?.close();
  process.exit(1);
}

async function ask(name: string, question: string, allowed?: readonly string[]): Promise<string> {
  let answer = flag(name);
  if (answer === undefined) {
    if (!rl) fail(`geef --${name} mee (${question}${allowed ? `: ${allowed.join(', ')}` : ''})`);
    answer = (await rl.question(`${question}${allowed ? ` (${allowed.join(', ')})` : ''}: `)).trim();
  }
  if (allowed && !allowed.includes(answer)) fail(`"${answer}" kan niet bij --${name}; kies uit: ${allowed.join(', ')}`);
  if (!answer) fail(`--${name} is leeg`);
  return answer;
}

async function askNumber(name: string, question: string): Promise<number> {
  const raw = await ask(name, question);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} moet een heel getal vanaf 1 zijn, niet "${raw}"`);
  return n;
}

const kind = (await ask('soort', 'Soort pagina', [...KINDS, 'thema'])) as Kind | 'thema';

if (kind === 'thema') {
  const id = await ask('code', 'Code van het thema (kleine letters en streepjes, bijvoorbeeld werkdruk)');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is geen geldige code: gebruik kleine letters, cijfers en streepjes`);
  if (readVocabulary(root).topics.includes(id)) fail(`het thema "${id}" bestaat al in ${DATA_FILES.topics}`);
  const label = await ask('titel', 'Naam van het thema');
  const description = await ask('uitleg', 'Waar het thema over gaat, in één zin');
  appendFileSync(
    join(root, DATA_FILES.topics),
    `- id: ${id}\n  label: ${JSON.stringify(label)}\n  description: ${JSON.stringify(description)}\n  keywords: []\n`,
  );
  console.log(
    `Thema toegevoegd aan ${DATA_FILES.topics}. De pagina /themas/${id}/ verschijnt vanzelf; zet "${id}" in de topics van de pagina's die erover gaan.`,
  );
  rl?.close();
  process.exit(0);
}

const { graph, vocabulary } = checkContent(root);
let scope: string | undefined;
let number: number | undefined;
let ambition: number | undefined;
let sector = ''; // from the agreement, or asked (indicator, sectorbeeld, akkoord)
let folder: string | undefined;

if (kind === 'indicator' || kind === 'ambitie') {
  scope = await ask('akkoord', 'Akkoord', [...graph.agreements.keys()]);
  sector = graph.agreements.get(scope)?.data.sector ?? '';
  folder = graph.agreements.get(scope)?.id; // the agreement's own page is the index of its folder
  number = await askNumber('nummer', 'Nummer');
  const map = kind === 'indicator' ? graph.indicators : graph.ambitions;
  const existing = map.get(numberKey(scope, number));
  if (existing)
    fail(
      `${kind} ${String(number)} van ${scope} bestaat al: ${existing.filePath ?? existing.id}. Kies een ander nummer of bewerk die pagina.`,
    );
  if (kind === 'indicator') {
    ambition = await askNumber('ambitie', 'Nummer van de ambitie');
    if (!graph.ambitions.has(numberKey(scope, ambition)))
      fail(`ambitie ${String(ambition)} bestaat niet in ${scope}; maak die eerst met --soort ambitie`);
  }
} else if (kind === 'hoofdstuk' || kind === 'sectorbeeld') {
  scope = await ask('rapport', 'Rapport (code uit content/data/sources.yaml)', [...vocabulary.sources]);
  folder = graph.reports.get(scope)?.id ?? scope;
  if (kind === 'hoofdstuk') {
    number = await askNumber('nummer', 'Nummer van het hoofdstuk');
    const existing = graph.chapters.get(numberKey(scope, number));
    if (existing) fail(`hoofdstuk ${String(number)} van ${scope} bestaat al: ${existing.filePath ?? existing.id}`);
  } else {
    sector = await ask('sector', 'Sector', keysOf(SECTORS));
    const existing = graph.portraits.get(numberKey(scope, sector));
    if (existing) fail(`het sectorbeeld ${sector} van ${scope} bestaat al: ${existing.filePath ?? existing.id}`);
  }
} else if (kind === 'akkoord') {
  sector = await ask('sector', 'Sector', keysOf(SECTORS));
  scope = await ask('code', 'Code van het akkoord (bijvoorbeeld sectorakkoord-vo-2025)');
  if (graph.agreements.has(scope)) fail(`het akkoord "${scope}" bestaat al: ${graph.agreements.get(scope)?.filePath ?? ''}`);
}

const title = await ask('titel', 'Titel van de pagina');
const page = { kind, title, scope, number, ambition, sector, folder };
const path = pathFor(page);
if (existsSync(join(root, path))) fail(`${path} bestaat al`);
mkdirSync(dirname(join(root, path)), { recursive: true });
writeFileSync(join(root, path), templateFor(page, sector));
rl?.close();
console.log(`Nieuwe pagina: ${path}
Vul alles in waar "VUL IN" staat (zie CONTRIBUTING.md), en controleer met: npm run check:content
Bekijk hem met: npm run dev  (dan http://localhost:4321/)`);

/**
 * The two sites the scaling part of the benchmark builds side by side: a copy of the
 * project with N generated indicator pages, and a plain Starlight site with the same
 * number of pages. Used by scripts/bench.ts; also a command, to get both sites for a
 * profile without running the benchmark:
 *
 *   npx node scripts/bench-sites.ts <folder> <N>
 *
 * writes <folder>/ours and <folder>/plain (then e.g.
 * `npx node --cpu-prof node_modules/astro/bin/astro.mjs build --force` in each).
 *
 * The generated indicators are like real ones of a next agreement: each links one
 * section of the report and has one or two topics, spread over all sections and topics
 * of the content (a real edition links sections spread out, not all the same one).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages, copyProject } from './bench-project.ts';
import { linkNodeModules } from './link-modules.ts';

/** Text of a generated page body, about the size of a real indicator page's text. */
export function filler(i: number): string {
  const para = `Dit is gegenereerde tekst voor de meting van de bouwtijd, pagina ${String(i)}. Leerlingen, leraren en scholen komen erin voor, net als doelen en cijfers. `;
  return ['## Doel', para.repeat(4), '## Wat is er veranderd?', para.repeat(6), '## Wat wordt er gedaan?', para.repeat(4)].join('\n\n');
}

/** The frontmatter of a Markdown file (between the first two "---" lines), parsed. */
function frontmatter(file: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return (m ? parse(m[1] ?? '') : {}) as Record<string, unknown>;
}

/** Every report section ("6.2.1" of report "staat-2024") and every topic id in a project's content. */
export function linkTargets(dir: string): { sections: { report: string; section: string }[]; topics: string[] } {
  const docs = join(dir, 'content', 'docs');
  const sections: { report: string; section: string }[] = [];
  for (const report of readdirSync(docs).sort()) {
    const chapters = join(docs, report, 'hoofdstukken');
    let files: string[];
    try {
      files = readdirSync(chapters).filter((f) => f.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const f of files.sort()) {
      const data = frontmatter(join(chapters, f));
      const list = Array.isArray(data['sections']) ? (data['sections'] as { number?: unknown }[]) : [];
      for (const s of list)
        if (typeof s.number === 'string') sections.push({ report: String(data['report'] ?? report), section: s.number });
    }
  }
  const topics = (parse(readFileSync(join(dir, 'content', 'data', 'topics.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);
  if (!sections.length || !topics.length) throw new Error(`no report sections or topics in ${dir}/content to link generated pages to`);
  return { sections, topics };
}

/** Adds a generated agreement with one ambition and N indicator pages to a copy of the project. */
export function addGenerated(dir: string, n: number) {
  const { sections, topics } = linkTargets(dir);
  const folder = join(dir, 'content', 'docs', 'bench-akkoord');
  mkdirSync(join(folder, 'indicatoren'), { recursive: true });
  mkdirSync(join(folder, 'ambities'), { recursive: true });
  writeFileSync(
    join(folder, 'index.mdx'),
    `---\ntitle: Benchakkoord\ntype: agreement\nagreement: bench-akkoord\nsource: dashboard-vo-2020\norder: 3\nsector: vo\nsigned: 2014\nterm: { from: 2014, to: 2020 }\nparties: [Bench]\nsources: [dashboard-vo-2020]\n---\n\nGegenereerd.\n`,
  );
  writeFileSync(
    join(folder, 'ambities', '1-bench.mdx'),
    `---\ntitle: Benchambitie\ntype: ambition\nagreement: bench-akkoord\nnumber: 1\nsources: [dashboard-vo-2020]\n---\n\nGegenereerd.\n`,
  );
  for (let i = 1; i <= n; i++) {
    const figures = [2016, 2017, 2018, 2019]
      .map(
        (y, k) =>
          `  - period: ${String(y)}\n    value: ${String(40 + ((i + k) % 50))}\n    unit: percent\n    group: groep ${String(k % 2)}\n    source: dashboard-vo-2020\n    locator: Indicator ${String(i)}`,
      )
      .join('\n');
    const related = sections[i % sections.length] ?? sections[0];
    const pageTopics = [...new Set([topics[i % topics.length], topics[(i * 7 + 3) % topics.length]])].join(', ');
    writeFileSync(
      join(folder, 'indicatoren', `${String(i)}-bench.mdx`),
      `---\ntitle: Gegenereerde indicator ${String(i)}\ntype: indicator\nagreement: bench-akkoord\nambition: 1\nnumber: ${String(i)}\nsector: vo\nmeasure: Gegenereerde meting\ntopics: [${pageTopics}]\ntarget:\n  description: Gegenereerd doel.\n  value: 60\n  unit: percent\n  year: 2020\n  direction: higher\n  source: dashboard-vo-2020\n  locator: Indicator ${String(i)}\nrealisation:\n${figures}\nsources: [dashboard-vo-2020]\nrelated:\n  - report: ${related?.report ?? ''}\n    section: "${related?.section ?? ''}"\n---\n\n${filler(i)}\n`,
    );
  }
}

/** A plain Starlight site with `total` pages (an index and total - 1 generated pages) in `dir`, using the node_modules of `root`. */
export function writePlain(root: string, dir: string, total: number) {
  mkdirSync(dir, { recursive: true });
  linkNodeModules(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Astro bundles the integrations it finds among the dependencies; list them as a real project does.
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'plain',
      type: 'module',
      private: true,
      dependencies: ours.dependencies,
      devDependencies: ours.devDependencies,
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain', defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src', 'content', 'docs', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.mdx'), '---\ntitle: Plain\n---\n\nStart.\n');
  for (let i = 1; i < total; i++) {
    const table = `| Periode | Groep | Cijfer |\n| --- | --- | --- |\n${[2016, 2017, 2018, 2019].map((y) => `| ${String(y)} | groep | ${String(40 + (i % 50))}% |`).join('\n')}`;
    writeFileSync(
      join(dir, 'src', 'content', 'docs', 'pages', `${String(i)}.mdx`),
      `---\ntitle: Pagina ${String(i)}\ndescription: Gegenereerd.\n---\n\n${filler(i)}\n\n${table}\n`,
    );
  }
}

if (import.meta.main) {
  const [into, size] = process.argv.slice(2);
  const n = Number(size);
  if (!into || !Number.isInteger(n) || n < 1) {
    console.error('Usage: npx node scripts/bench-sites.ts <folder> <N>');
    process.exit(2);
  }
  const root = join(import.meta.dirname, '..');
  copyProject(root, join(into, 'ours'));
  addGenerated(join(into, 'ours'), n);
  // As many pages as our build will write: the project's built pages, the N indicators, their agreement and ambition.
  const pages = builtPages(join(root, 'dist')).length + n + 2;
  if (pages === n + 2) console.error('No build in dist/: the plain site gets only the generated pages; run `npm run build` first.');
  console.log(`${into}/ours: the project with ${String(n)} generated indicators`);
  writePlain(root, join(into, 'plain'), pages);
  console.log(`${into}/plain: plain Starlight with ${String(pages)} pages`);
}

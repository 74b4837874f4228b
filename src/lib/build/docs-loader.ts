/**
 * The docs collection lives in content/docs/ (editors' folder), not in Starlight's
 * default src/content/docs/, so it is loaded with Astro's glob loader. The wrapper
 * fills sidebar defaults that follow from the page kind: numbered pages (ambitions,
 * indicators, chapters) are ordered by their number and labelled with it.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../check/frontmatter.ts';
import { checkI18nText } from '../check/i18n.ts';
import { pageIdOf } from '../domain/page-id.ts';

/** Sidebar order and label derived from a page's number, unless the editor set them. */
export function sidebarDefaults(data: Record<string, unknown>): Record<string, unknown> {
  const number = data['number'];
  const sidebar = (data['sidebar'] ?? {}) as Record<string, unknown>;
  if (data['type'] === 'portrait') {
    // Sector portraits in the order of the report: po, vo, (v)so, mbo, ho.
    const order = ['vve', 'po', 'vo', 'so', 'mbo', 'ho'].indexOf(String(data['sector']));
    return { ...data, sidebar: { ...sidebar, order: sidebar['order'] ?? order } };
  }
  if (typeof number !== 'number' || !['ambition', 'indicator', 'chapter'].includes(String(data['type']))) return data;
  return {
    ...data,
    sidebar: {
      ...sidebar,
      order: sidebar['order'] ?? number,
      label: sidebar['label'] ?? `${String(number)}. ${String(data['title'])}`,
    },
  };
}

/**
 * Loads content/docs/ (files starting with `_` are skipped, as Starlight does). The
 * frontmatter is read again with the project's own YAML reader (src/lib/check/frontmatter.ts),
 * the one the content check uses, so the check and the build see the same data (Astro
 * itself reads frontmatter with another parser, which turns a date into a Date).
 */
export function docsLoader(base = './content/docs'): Loader {
  // Only .mdx: the MDX safety rules cover it; Markdown (.md) would let raw HTML through.
  const inner = glob({ base, pattern: '**/[^_]*.mdx', generateId: ({ entry }) => pageIdOf(entry) });
  return {
    name: 'onderwijsmonitor-docs-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          let data = props.data as Record<string, unknown>;
          if (props.filePath) {
            const path = isAbsolute(props.filePath) ? props.filePath : join(fileURLToPath(context.config.root), props.filePath);
            const parsed = parseFile(readFileSync(path, 'utf8'));
            const [first] = parsed.yamlErrors;
            if (first) {
              const file = relative(fileURLToPath(context.config.root), path);
              const error = new Error(`${file}:${String(first.line)}  ${first.message}`);
              error.stack = error.message;
              throw error;
            }
            data = (parsed.data ?? {}) as Record<string, unknown>;
          }
          return sidebarDefaults((await context.parseData({ ...props, data })) as Record<string, unknown>) as typeof props.data;
        },
      }),
  };
}

/**
 * Starlight's interface texts (content/i18n/<lang>.json). Starlight names each entry by
 * its path below src/content/i18n/; ours live in content/i18n/, so the entries are
 * stored under their language code without a file path, which Starlight then uses.
 */
export function i18nLoader(base = './content/i18n'): Loader {
  return {
    name: 'onderwijsmonitor-i18n-loader',
    load: async ({ store, parseData, config }) => {
      const { readdir, readFile } = await import('node:fs/promises');
      const dir = new URL(`${base.replace(/\/?$/, '/')}`, config.root);
      store.clear();
      for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
        const id = name.replace(/\.json$/, '');
        // The content check's reader: plain texts only (Starlight shows some of them as HTML).
        const { data, problems } = checkI18nText(`content/i18n/${name}`, await readFile(new URL(name, dir)));
        if (problems.length) {
          const error = new Error(
            `${problems.map((p) => `${p.file}:${String(p.line)}  ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}\nDraai \`npm run check:content\` en zie CONTRIBUTING.md.`,
          );
          error.stack = error.message;
          throw error;
        }
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

/**
 * The MDX safety rules (src/lib/check/safety.ts) as an mdast plugin of the build's Markdown
 * processor (Sätteri, Astro's default; Starlight adds its own plugins after ours).
 * Astro compiles a page's MDX to JavaScript only when the page is rendered; this
 * plugin runs inside that compile, so a page that breaks a rule stops the build
 * before any code of it exists, let alone runs. It runs in `astro build` and in
 * `astro dev`, with or without the content check before the build.
 *
 * Two passes over the same rules: on the source before Sätteri parses it (so an MDX
 * syntax error gets the Dutch message of the content check), and on the tree the
 * build itself parsed (so no difference between two parses can let anything by).
 * Then it adds the imports of the project components the page uses: pages have none.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { checkBody, checkTree, emptyParts, PAGE_COMPONENTS, type SafetyProblem } from '../lib/check/safety.ts';

/** Thrown when a page breaks a rule; its message is what the editor reads. */
export class UnsafePageError extends Error {
  constructor(file: string, problems: readonly SafetyProblem[]) {
    super(
      `Deze pagina is geweigerd, er is niets van uitgevoerd:\n${problems
        .map((p) => `${file}:${String(p.line)}  ${p.message}`)
        .join('\n')}\nDraai \`npm run check:content\` en zie CONTRIBUTING.md.`,
    );
    this.name = 'OnveiligePagina';
    // @astrojs/mdx reads these for the location it prints ("file:line:column").
    Object.assign(this, { line: problems[0]?.line ?? 1, column: 1 });
    this.stack = this.message; // an editor needs the message, not where in our code it was thrown
  }
}

/** The plugin for every .mdx file of the project rooted at `root` (a file: URL or path). */
export function safeMdxPlugin(root: string): MdastPluginEntry {
  return (context: PluginFactoryContext) => {
    if (context.sourceFormat !== 'mdx') return null;
    const path = context.fileURL ? fileURLToPath(context.fileURL) : '(onbekend bestand)';
    const file = context.fileURL ? relative(root, path).replace(/\\/g, '/') : path;
    const before = checkBody(context.source);
    if (before.length) throw new UnsafePageError(file, before);
    return {
      name: 'onderwijsmonitor-safe-mdx',
      options: { position: true },
      before(tree, ctx) {
        const found = emptyParts();
        const problems = checkTree(tree, found);
        if (problems.length) throw new UnsafePageError(file, problems);
        for (const name of [...found.components].sort()) {
          const component = Object.hasOwn(PAGE_COMPONENTS, name) ? PAGE_COMPONENTS[name] : undefined;
          if (!component) continue;
          const target = JSON.stringify(`${root.replace(/\/?$/, '/')}${component.file}`);
          ctx.prependChild(tree, { type: 'mdxjsEsm', value: `import ${name} from ${target};` } as never);
        }
      },
    };
  };
}

/**
 * MDX is code: a pull request could add a script. These rules reject what a page
 * never needs: raw script/iframe/object/embed/style tags, event-handler attributes,
 * javascript: URLs and imports from outside the project's own components.
 */

export interface SafetyProblem {
  line: number;
  message: string;
}

/** Import sources a page may use: Starlight's components and the project's own. */
export const ALLOWED_IMPORTS = [/^@astrojs\/starlight\/components$/, /^~\/components\/[A-Za-z0-9/_-]+\.astro$/];

const RULES: { pattern: RegExp; message: (m: RegExpExecArray) => string }[] = [
  {
    pattern: /<\s*(script|iframe|object|embed|style|frame|frameset|base|meta|link|form)\b/gi,
    message: (m) =>
      `<${(m[1] ?? '').toLowerCase()}> is niet toegestaan in een pagina; haal het weg (grafieken, tabellen en opmaak maakt de site zelf)`,
  },
  {
    pattern: /\son[a-z]+\s*=/gi,
    message: (m) => `het attribuut "${m[0].trim().replace(/\s*=$/, '')}" voert code uit en is niet toegestaan; haal het weg`,
  },
  {
    pattern: /(?:javascript|vbscript|data\s*:\s*text\/html)\s*:/gi,
    message: () => 'een link met "javascript:" (of een andere script-URL) is niet toegestaan; link naar een pagina of een https-adres',
  },
  {
    pattern: /\bdangerouslySetInnerHTML\b|\bset:html\b/g,
    message: () => 'ruwe HTML invoegen (set:html) is niet toegestaan in een pagina',
  },
];

/** Problems in an MDX body; `firstLine` is the line of the file the body starts on. */
export function checkBody(body: string, firstLine: number): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    const line = firstLine + i;
    const importMatch = /^\s*import\s+(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/.exec(text);
    if (importMatch) {
      const from = importMatch[1] ?? '';
      if (!ALLOWED_IMPORTS.some((re) => re.test(from))) {
        problems.push({
          line,
          message: `import uit "${from}" is niet toegestaan; een pagina mag alleen onderdelen gebruiken uit "@astrojs/starlight/components" of "~/components/…"`,
        });
      }
    }
    if (/^\s*export\s/.test(text)) {
      problems.push({ line, message: 'een "export" in een pagina is niet toegestaan; zet gegevens in de frontmatter' });
    }
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.pattern.exec(text)) !== null) problems.push({ line, message: rule.message(m) });
    }
  });
  return problems;
}

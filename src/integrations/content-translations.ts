/**
 * Starlight's interface texts from content/i18n/ for the Markdown processor too. Starlight
 * reads user translations at config time only from `src/content/i18n/`; ours live in
 * content/i18n/ (loaded by src/lib/build/docs-loader.ts), so the heading links it adds to
 * Markdown headings were labelled in English ("Section titled …") while the headings our
 * components render said "Link naar …". This Starlight plugin hands the same texts, read
 * and checked by the one reader (src/lib/check/i18n.ts), to Starlight's `i18n:setup`.
 * A file that fails the check is skipped here; the content check reports it.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkI18nText, I18N_DIR } from '../lib/check/i18n.ts';

export function contentTranslations(root: string): StarlightPlugin {
  return {
    name: 'onderwijsmonitor-content-translations',
    hooks: {
      'i18n:setup'({ injectTranslations }) {
        const dir = join(root, I18N_DIR);
        if (!existsSync(dir)) return;
        const translations: Record<string, Record<string, string>> = {};
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
          const file = join(I18N_DIR, name);
          const { data, problems } = checkI18nText(file, readFileSync(join(root, file)));
          if (problems.length === 0) translations[name.slice(0, -'.json'.length)] = data;
        }
        injectTranslations(translations);
      },
      // Starlight requires this hook of every plugin; this one configures nothing.
      'config:setup'() {},
    },
  };
}

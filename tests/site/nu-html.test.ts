/**
 * The W3C Nu HTML checker (vnu, the checker behind validator.w3.org) over every built
 * page: 0 errors of our own. It runs on the system's Java (11 or later); vnu-jar's own
 * download of a Java runtime is switched off in package.json (allowScripts).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './built.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';

/** Errors that are not ours, allowed by name. */
const ALLOWED: { rule: RegExp; why: string }[] = [
  {
    rule: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    why: "Starlight's sidebar puts aria-hidden on its <script> on purpose (a VoiceOver workaround)",
  },
];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('the Nu HTML checker', () => {
  it('finds 0 errors of our own on every built page', async () => {
    const pages = builtPages();
    const stdout = await new Promise<string>((done, fail) => {
      // vnu exits with 1 when it finds errors; the JSON on stdout says which.
      execFile(
        java,
        ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', '--stdout', DIST],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        (error, out) => {
          if (error && 'code' in error && error.code === 'ENOENT')
            fail(
              new Error(
                `Java niet gevonden (${java}): installeer Java 11 of nieuwer (apt-get install default-jre-headless) of zet JAVA_HOME.`,
              ),
            );
          else if (!out.trim()) fail(error ?? new Error('vnu gaf geen uitvoer'));
          else done(out);
        },
      );
    });
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    const pageOf = (m: VnuMessage) => {
      const file = relative(DIST, decodeURI((m.url ?? '').replace(/^file:/, '')));
      return `/${file.replace(/index\.html$/, '')}`;
    };
    const allowed = new Map<string, number>();
    const problems: string[] = [];
    for (const m of messages) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue;
      const page = pageOf(m);
      const rule = ALLOWED.find((a) => a.rule.test(m.message));
      if (rule) allowed.set(rule.why, (allowed.get(rule.why) ?? 0) + 1);
      else problems.push(`${page}:${String(m.lastLine ?? '?')} ${m.message}`);
    }
    console.log(
      `vnu: ${String(pages.length)} pagina's, ${String(problems.length)} fouten; toegestaan: ${[...allowed].map(([why, n]) => `${String(n)}× ${why}`).join('; ') || 'geen'}`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});

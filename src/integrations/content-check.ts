/**
 * Runs the content check before every production build, so a build with bad
 * content fails with the same "file:line field: message" lines an editor gets from
 * `npm run check:content`, before Astro's own, terser validation.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/check/check.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'onderwijsmonitor:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { files, problems } = checkContent(fileURLToPath(config.root));
        if (problems.length) {
          // Printed as they are and the build stops: an editor reads these lines, not a stack trace
          // or Astro's English wrapper around an error thrown from a hook.
          logger.error(
            `De inhoud heeft ${String(problems.length)} probleem/problemen:\n${formatProblems(problems)}\n\nZie CONTRIBUTING.md voor uitleg. De build is gestopt.`,
          );
          process.exit(1);
        }
        logger.info(`inhoud gecontroleerd: ${String(files)} pagina's, geen problemen`);
      },
    },
  };
}

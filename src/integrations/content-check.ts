/**
 * Runs the content check before every production build, so a build with bad
 * content fails with the same "file:line field: message" lines an editor gets from
 * `npm run check:content`, before Astro's own, terser validation.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/check.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'onderwijsmonitor:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { files, problems } = checkContent(fileURLToPath(config.root));
        if (problems.length) {
          const error = new Error(
            `De inhoud heeft ${String(problems.length)} probleem/problemen:\n${formatProblems(problems)}\n\nZie CONTRIBUTING.md voor uitleg.`,
          );
          error.stack = error.message; // the editor needs the messages, not where in our code they were found
          throw error;
        }
        logger.info(`inhoud gecontroleerd: ${String(files)} pagina's, geen problemen`);
      },
    },
  };
}

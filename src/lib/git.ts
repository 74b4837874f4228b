/**
 * When each content file last changed, from one `git log` over the content folder
 * (one call per build, not one per page). Files git does not know get no date.
 */
import { spawnSync } from 'node:child_process';

/** Map from file path (relative to the repository root) to its last commit date. */
export function lastCommitDates(cwd: string, folder = 'content'): Map<string, Date> {
  const dates = new Map<string, Date>();
  const result = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--no-renames', '--', folder], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !result.stdout) return dates;
  const prefix = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd, encoding: 'utf8' }).stdout.trim();
  let current: Date | undefined;
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('t:')) current = new Date(Number(line.slice(2)) * 1000);
    else if (line.trim() && current) {
      const file = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!dates.has(file)) dates.set(file, current);
    }
  }
  return dates;
}

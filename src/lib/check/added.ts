/**
 * The order in which content files were added, so a clash (two pages with one number,
 * two files with one URL) is blamed on the file that was added, not on the one that
 * was there first. From git: the commit that added each file (one `git log` call);
 * a file git does not know yet (new in this change) counts as the newest. Without git
 * (a copy of the site that is not a checkout), the file's modification time decides,
 * and between equals the later path in alphabetical order.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Rank of each file (relative to `root`), oldest first. */
export function addedOrder(root: string, files: readonly string[]): Map<string, number> {
  const added = new Map<string, number>();
  const log = spawnSync('git', ['log', '--diff-filter=A', '--format=t:%ct', '--name-only', '--no-renames', '--relative', '--', 'content'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status === 0 && log.stdout) {
    let time = 0;
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('t:')) time = Number(line.slice(2));
      else if (line.trim() && !added.has(line.trim())) added.set(line.trim(), time);
    }
  }
  const key = (file: string): [number, number] => {
    let mtime = 0;
    try {
      mtime = statSync(join(root, file)).mtimeMs;
    } catch {
      /* gone: keep 0 */
    }
    return [added.get(file) ?? Number.POSITIVE_INFINITY, mtime];
  };
  const keyed = files.map((f) => ({ f, k: key(f) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
  return new Map(keyed.map(({ f }, i) => [f, i]));
}

/**
 * When each content file last changed, from one `git log` over the content folder
 * (one call per build, not one per page). Files git does not know get no date.
 */
import { spawnSync } from 'node:child_process';
import { pageChange, type ContentChange, type PageChange } from '../domain/changes.ts';

/** The last commit that changed a file: when, and which (the full hash, for a permalink to that version). */
export interface LastCommit {
  date: Date;
  commit: string;
}

/** Map from file path (relative to the repository root) to the last commit that changed it. */
export function lastCommits(cwd: string, folder = 'content'): Map<string, LastCommit> {
  const commits = new Map<string, LastCommit>();
  const result = spawnSync('git', ['log', '--format=t:%ct %H', '--name-only', '--no-renames', '--', folder], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !result.stdout) return commits;
  const prefix = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd, encoding: 'utf8' }).stdout.trim();
  let current: LastCommit | undefined;
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('t:')) {
      const [time = '0', commit = ''] = line.slice(2).split(' ');
      current = { date: new Date(Number(time) * 1000), commit };
    } else if (line.trim() && current) {
      const file = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!commits.has(file)) commits.set(file, current);
    }
  }
  return commits;
}

/** One commit's changed files under a folder, as git reports them. */
interface CommitFiles {
  hash: string;
  date: string;
  subject: string;
  files: { status: 'A' | 'M' | 'D'; path: string }[];
}

/** The commits that touched a folder, newest first, with the files each added, changed or deleted. */
function commitsTouching(cwd: string, folder: string): CommitFiles[] {
  const log = spawnSync('git', ['log', '--format=c:%H%x09%cI%x09%s', '--name-status', '--no-renames', '--', folder], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0 || !log.stdout) return [];
  const commits: CommitFiles[] = [];
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('c:')) {
      const [hash = '', date = '', ...subject] = line.slice(2).split('\t');
      commits.push({ hash, date, subject: subject.join('\t'), files: [] });
    } else {
      const m = /^([AMD])\t(.+)$/.exec(line);
      const current = commits.at(-1);
      if (m && current) current.files.push({ status: m[1] as 'A' | 'M' | 'D', path: m[2] ?? '' });
    }
  }
  return commits;
}

/** The contents of many `rev:path` objects in one `git cat-file --batch` call; missing ones are undefined. */
function readObjects(cwd: string, specs: readonly string[]): (string | undefined)[] {
  if (!specs.length) return [];
  const out = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${specs.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  const buf = out.stdout;
  const result: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length && at < buf.length; i++) {
    const eol = buf.indexOf(10, at);
    const header = buf.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!size) {
      result.push(undefined);
      continue;
    }
    const length = Number(size[1]);
    result.push(buf.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return result;
}

/**
 * The figure and page changes in the content's git history, newest first. `pageId`
 * maps a path relative to the repository root to the site's page id, or undefined
 * for files that are not pages. Without git history (a copy, not a checkout) the
 * history is empty.
 */
export function contentHistory(cwd: string, folder: string, pageId: (path: string) => string | undefined): ContentChange[] {
  const commits = commitsTouching(cwd, folder);
  const wanted = commits.flatMap((c) =>
    c.files
      .filter((f) => pageId(f.path) !== undefined)
      .map((f) => ({ commit: c, file: f, before: `${c.hash}^:${f.path}`, after: `${c.hash}:${f.path}` })),
  );
  const texts = readObjects(
    cwd,
    wanted.flatMap((w) => [w.before, w.after]),
  );
  const byCommit = new Map<string, PageChange[]>();
  wanted.forEach((w, i) => {
    const before = w.file.status === 'A' ? undefined : texts[2 * i];
    const after = w.file.status === 'D' ? undefined : texts[2 * i + 1];
    const change = pageChange(pageId(w.file.path) ?? '', before, after);
    if (change) byCommit.set(w.commit.hash, [...(byCommit.get(w.commit.hash) ?? []), change]);
  });
  return commits
    .filter((c) => byCommit.has(c.hash))
    .map((c) => ({ commit: c.hash, date: c.date, subject: c.subject, pages: byCommit.get(c.hash) ?? [] }));
}

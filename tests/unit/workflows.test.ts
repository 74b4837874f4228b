/**
 * The GitHub workflows: a pull request is built with a read-only token and no secrets;
 * publishing runs only on main, and only the deploy job (which runs no project code)
 * may write to Pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const read = (name: string) => ({
  text: readFileSync(join(WORKFLOWS, name), 'utf8'),
  yaml: parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow,
});

describe('ci.yml (pull requests)', () => {
  const { text, yaml } = read('ci.yml');

  it('runs on pull_request, never pull_request_target', () => {
    expect(Object.keys(yaml.on)).toContain('pull_request');
    expect(Object.keys(yaml.on)).not.toContain('pull_request_target');
  });

  it('gives every job a read-only token', () => {
    expect(yaml.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(yaml.jobs)) expect(job.permissions ?? yaml.permissions).toEqual({ contents: 'read' });
  });

  it('uses no secrets and does not keep the token in the checkout', () => {
    expect(text).not.toMatch(/secrets\./);
    for (const job of Object.values(yaml.jobs))
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
  });
});

describe('pages.yml (publishing)', () => {
  const { text, yaml } = read('pages.yml');

  it('runs only for main', () => {
    expect(yaml.on['push']).toEqual({ branches: ['main'] });
    expect(Object.keys(yaml.on)).not.toContain('pull_request');
    expect(Object.keys(yaml.on)).not.toContain('pull_request_target');
    for (const job of Object.values(yaml.jobs)) expect(job.if).toBe("github.ref == 'refs/heads/main'");
  });

  it('builds with a read-only token; only the deploy job may write to Pages, and it runs no project code', () => {
    expect(yaml.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(yaml.jobs).filter(([, job]) => JSON.stringify(job.permissions ?? yaml.permissions).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(['deploy']);
    expect(yaml.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(yaml.jobs['deploy']?.steps?.every((s) => s.run === undefined && s.uses?.startsWith('actions/'))).toBe(true);
    expect(yaml.jobs['build']?.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\./);
  });
});

/**
 * Issue 17: the ready-made pipelines in examples/. Each is parsed as YAML and
 * held to its recipe (N shards in a matrix, the cache restored and saved, each
 * shard's NDJSON and JUnit kept, a merge job), and then its commands are run
 * here as CI would run them: every shard, the artifacts brought together, the
 * merge; the merged output must be what one run over the folder writes.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, cliIn, scratch } from '../helpers/cli.js';
import { repoRoot, SEEDS, seedPath, type SeedName } from '../helpers/seeds.js';

const sh = promisify(execFile);

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  env: Record<string, string | number>;
  jobs: Record<string, { needs?: string; if?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
}
interface GitlabJob {
  stage: string;
  parallel?: number;
  needs?: string[];
  cache?: { key: string; paths: string[]; when: string };
  script: string[];
  artifacts: { when?: string; paths: string[]; reports?: { junit: string } };
}

const github = load(readFileSync(join(repoRoot, 'examples/github-actions.yml'), 'utf8')) as Workflow;
const gitlab = load(readFileSync(join(repoRoot, 'examples/gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob> & { stages: string[] };

/** A checkout: orders/ with the five text seeds (one in a subfolder) and a PDF, and `roadmap-ingest` on the PATH. */
function checkout(): { root: string; env: NodeJS.ProcessEnv } {
  const root = scratch();
  mkdirSync(join(root, 'orders', 'district'), { recursive: true });
  for (const name of Object.keys(SEEDS) as SeedName[]) copyFileSync(seedPath(name, 'txt'), join(root, 'orders', name === 'ipatovo' ? 'district' : '', `${name}.txt`));
  copyFileSync(seedPath('proletarsk', 'pdf'), join(root, 'orders', 'district', 'proletarsk.pdf'));
  const tools = join(root, '.tools');
  mkdirSync(tools);
  writeFileSync(join(tools, 'roadmap-ingest'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(join(tools, 'roadmap-ingest'), 0o755);
  return { root, env: { ...process.env, PATH: `${tools}:${process.env.PATH}` } };
}

const bash = (script: string, cwd: string, env: NodeJS.ProcessEnv) => sh('bash', ['-e', '-c', script], { cwd, env, maxBuffer: 64 << 20 });

describe('examples/github-actions.yml', () => {
  const shardJob = github.jobs.shard!;
  const mergeJob = github.jobs.merge!;
  const step = (job: typeof shardJob, uses: string) => job.steps.filter((s) => s.uses === uses);
  const ingest = shardJob.steps.find((s) => s.run?.startsWith('roadmap-ingest '))!.run!;

  it('runs SHARDS shards in a matrix, each with its cache restored and saved (also when a document failed), uploading its NDJSON and JUnit', () => {
    expect(shardJob.strategy!.matrix.shard).toEqual(Array.from({ length: Number(github.env.SHARDS) }, (_, index) => index + 1));
    const [restore] = step(shardJob, 'actions/cache/restore@v4');
    const [save] = step(shardJob, 'actions/cache/save@v4');
    expect(restore!.with!.key).toBe(save!.with!.key);
    expect(save!.if).toBe('always()');
    expect(String(restore!.with!.key)).toContain('${{ steps.tool.outputs.version }}');
    expect(ingest).toContain(`--cache ${String(restore!.with!.path)} `);
    expect(ingest).toContain('--shard ${{ matrix.shard }}/${{ env.SHARDS }}');
    const [upload] = step(shardJob, 'actions/upload-artifact@v4');
    expect(upload!.if).toBe('always()');
    expect(String(upload!.with!.path).trim().split('\n')).toEqual(['shard-${{ matrix.shard }}.ndjson', 'junit-${{ matrix.shard }}.xml']);
    expect(ingest).toContain('-o shard-${{ matrix.shard }}.ndjson --report junit-${{ matrix.shard }}.xml');
  });

  it('merges in a final job that waits for every shard and downloads their artifacts', () => {
    expect(mergeJob.needs).toBe('shard');
    expect(step(mergeJob, 'actions/download-artifact@v4')[0]!.with).toMatchObject({ pattern: 'shard-*', 'merge-multiple': true, path: 'shards' });
    expect(mergeJob.steps.some((s) => s.run?.includes('roadmap-ingest merge shards/shard-*.ndjson --expect'))).toBe(true);
  });

  it('run here as CI runs it: its merged NDJSON and CSV are one run’s, byte for byte, and a second run reads every document from the cache', async () => {
    const { root, env } = checkout();
    const shards = shardJob.strategy!.matrix.shard;
    const runShards = () =>
      Promise.all(shards.map((k) => bash(ingest.replaceAll('${{ matrix.shard }}', String(k)).replaceAll('${{ env.SHARDS }}', String(github.env.SHARDS)), root, env)));
    await runShards();
    // actions/download-artifact with merge-multiple: every shard's files in shards/.
    mkdirSync(join(root, 'shards'));
    for (const name of readdirSync(root).filter((n) => /^(?:shard-\d+\.ndjson|junit-\d+\.xml)$/u.test(n))) renameSync(join(root, name), join(root, 'shards', name));
    const merge = mergeJob.steps.find((s) => s.run?.includes('roadmap-ingest merge'))!.run!;
    await bash(merge, root, env);

    for (const format of ['ndjson', 'csv']) {
      const single = await cliIn(root, 'orders/', '-f', format, '--log-level', 'silent');
      expect(single.code).toBe(0);
      expect(readFileSync(join(root, `roadmaps.${format}`), 'utf8'), format).toBe(single.stdout);
    }
    expect(readFileSync(join(root, 'roadmaps.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(6);

    await runShards();
    const hits = shards.map((k) => /name="cache-hits" value="(\d+)"/u.exec(readFileSync(join(root, `junit-${k}.xml`), 'utf8'))?.[1]);
    const written = shards.map((k) => readdirSync(join(root, 'shards')).includes(`shard-${k}.ndjson`) ? readFileSync(join(root, 'shards', `shard-${k}.ndjson`), 'utf8').trimEnd().split('\n').length : 0);
    expect(hits.map(Number)).toEqual(written);
  });
});

describe('the README', () => {
  it('shows both pipelines as they are in examples/', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const file of ['github-actions.yml', 'gitlab-ci.yml']) expect(readme, file).toContain(`\`\`\`yaml\n${readFileSync(join(repoRoot, 'examples', file), 'utf8')}\`\`\`\n`);
  });
});

describe('examples/gitlab-ci.yml', () => {
  const shardJob = gitlab['roadmaps-shard']!;
  const mergeJob = gitlab['roadmaps-merge']!;

  it('runs parallel shards, each keeping its cache (also when a document failed) and its NDJSON and JUnit; a later stage merges', () => {
    expect(gitlab.stages).toEqual(['ingest', 'merge']);
    expect(shardJob.parallel).toBe(4);
    expect(shardJob.cache).toMatchObject({ paths: ['.roadmap-cache/'], when: 'always' });
    expect(shardJob.cache!.key).toContain('${ROADMAP_INGEST_VERSION}');
    expect(shardJob.script.join('\n')).toContain('--shard ${CI_NODE_INDEX}/${CI_NODE_TOTAL} --cache .roadmap-cache -f ndjson -o shard-${CI_NODE_INDEX}.ndjson --report junit-${CI_NODE_INDEX}.xml');
    expect(shardJob.artifacts).toMatchObject({ when: 'always', paths: ['shard-*.ndjson', 'junit-*.xml'], reports: { junit: 'junit-*.xml' } });
    expect(mergeJob.stage).toBe('merge');
    expect(mergeJob.needs).toEqual(['roadmaps-shard']);
  });

  it('run here as CI runs it: its merged NDJSON is one run’s, byte for byte', async () => {
    const { root, env } = checkout();
    const total = shardJob.parallel!;
    await Promise.all(
      Array.from({ length: total }, (_, index) => bash(shardJob.script.join('\n'), root, { ...env, CI_NODE_INDEX: String(index + 1), CI_NODE_TOTAL: String(total) })),
    );
    await bash(mergeJob.script.join('\n'), root, env);
    const single = await cliIn(root, 'orders/', '-f', 'ndjson', '--log-level', 'silent');
    expect(readFileSync(join(root, 'roadmaps.ndjson'), 'utf8')).toBe(single.stdout);
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(6);
  });
});

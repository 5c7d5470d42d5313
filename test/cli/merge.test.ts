/**
 * Issue 17: the CI recipe run locally. N processes take `--shard k/N` of one
 * folder, each writing NDJSON as a matrix job would; `merge` joins them, and
 * the result must be, byte for byte, what one run over the folder writes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn, scratch } from '../helpers/cli.js';
import { SEEDS, seedPath, type SeedName } from '../helpers/seeds.js';

/**
 * Nine documents in three folders: the five text seeds, two of them again
 * under other names, and one PDF and one DOCX. Their activities, from
 * test/pipeline/seeds-text.test.ts: Хотынец 21, Пролетарск 25, Беломорск 22,
 * Ипатово 38 … — only the count of documents is asserted here.
 */
function corpus(): string {
  const root = scratch();
  const place = (name: SeedName, extension: 'txt' | 'pdf' | 'docx', target: string) => {
    mkdirSync(join(root, 'orders', target, '..'), { recursive: true });
    copyFileSync(seedPath(name, extension), join(root, 'orders', target));
  };
  for (const name of Object.keys(SEEDS) as SeedName[]) place(name, 'txt', `district-a/${name}.txt`);
  place('khotynets', 'txt', 'district-b/Хотынец-копия.txt');
  place('belomorsk', 'txt', 'district-b/nested/belomorsk-2024.txt');
  place('proletarsk', 'pdf', 'district-c/proletarsk.pdf');
  place('sergokala', 'docx', 'district-c/sergokala.docx');
  return root;
}

const DOCUMENTS = 9;
const lines = (text: string): string[] => text.split('\n').filter(Boolean);

describe('shards merged equal one run', () => {
  let root: string;
  const single: Record<'ndjson' | 'json' | 'csv', string> = { ndjson: '', json: '', csv: '' };
  beforeAll(async () => {
    root = corpus();
    await Promise.all(
      (['ndjson', 'json', 'csv'] as const).map(async (format) => {
        const run = await cliIn(root, 'orders', '-f', format, '-o', `single.${format}`, '-j', '1', '--log-level', 'silent');
        expect(run.code).toBe(0);
        single[format] = readFileSync(join(root, `single.${format}`), 'utf8');
      }),
    );
    expect(lines(single.ndjson)).toHaveLength(DOCUMENTS);
  }, 120_000);

  for (const count of [1, 2, 3, 7]) {
    it(`N = ${count}: every document in exactly one shard, and merge writes the single run's NDJSON, JSON array and CSV`, async () => {
      const dir = join(root, `n${count}`);
      mkdirSync(dir);
      const shards = Array.from({ length: count }, (_, index) => `n${count}/shard-${index + 1}.ndjson`);
      const runs = await Promise.all(
        shards.map((file, index) => cliIn(root, 'orders', '--shard', `${index + 1}/${count}`, '-f', 'ndjson', '-o', file, '-j', '1', '--log-level', 'silent')),
      );
      expect(runs.map((run) => run.code)).toEqual(shards.map(() => 0));
      // A shard that drew no document writes no file, as in CI: merge takes the ones there are.
      const written = shards.filter((file) => existsSync(join(root, file)));
      const perShard = written.map((file) => lines(readFileSync(join(root, file), 'utf8')).length);
      expect(perShard.reduce((sum, n) => sum + n, 0)).toBe(DOCUMENTS);
      if (count > 1) expect(Math.max(...perShard)).toBeLessThan(DOCUMENTS);

      const merged = await cliIn(root, 'merge', ...written, '--expect', String(DOCUMENTS), '-o', `n${count}/merged.ndjson`);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe('');
      expect(merged.stderr).toBe(`roadmap-ingest merge: 9 documents from ${written.length} ${written.length === 1 ? 'file' : 'files'}\n`);
      expect(readFileSync(join(root, `n${count}/merged.ndjson`), 'utf8')).toBe(single.ndjson);
      for (const format of ['json', 'csv'] as const) {
        const other = await cliIn(root, 'merge', ...written, '-f', format);
        expect(other.code).toBe(0);
        expect(other.stdout, format).toBe(single[format]);
      }
    });
  }

  it('reads shards written as JSON arrays too, and merges them in any order of arguments', async () => {
    const runs = await Promise.all(
      ['1/2', '2/2'].map((shard, index) => cliIn(root, 'orders', '--shard', shard, '-f', 'json', '-o', `array-${index + 1}.json`, '-j', '1', '--log-level', 'silent')),
    );
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const merged = await cliIn(root, 'merge', 'array-2.json', 'array-1.json');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(single.ndjson);
  });

  describe('refuses what cannot be one run, exit 1, writing nothing', () => {
    it('a document in two shards: names it and both places', async () => {
      const first = lines(single.ndjson)[0]!;
      writeFileSync(join(root, 'extra.ndjson'), `${first}\n`);
      const output = join(root, 'not-written.ndjson');
      const { code, stdout, stderr } = await cliIn(root, 'merge', 'single.ndjson', 'extra.ndjson', '-o', output);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(existsSync(output)).toBe(false);
      const file = JSON.parse(first).source.file;
      expect(file).toBe('orders/district-a/belomorsk.txt');
      expect(stderr).toBe(
        `roadmap-ingest merge: orders/district-a/belomorsk.txt is in the shards twice (single.ndjson: line 1 and extra.ndjson: line 1); merge each shard's output once\n`,
      );
    });

    it('--expect with documents missing or too many: says how many were found', async () => {
      const missing = await cliIn(root, 'merge', 'single.ndjson', '--expect', '12');
      expect(missing.code).toBe(1);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toBe('roadmap-ingest merge: expected 12 documents (--expect), found 9 in 1 file (3 missing)\n');
      const many = await cliIn(root, 'merge', 'single.ndjson', '--expect', '8');
      expect(many.code).toBe(1);
      expect(many.stderr).toBe('roadmap-ingest merge: expected 8 documents (--expect), found 9 in 1 file (1 more than expected)\n');
    });

    it('a shard out of the run order, a document that fails the schema, a file that is not JSON, a missing file', async () => {
      const documents = lines(single.ndjson);
      writeFileSync(join(root, 'reversed.ndjson'), `${documents[1]}\n${documents[0]}\n`);
      const reversed = await cliIn(root, 'merge', 'reversed.ndjson');
      expect(reversed.code).toBe(1);
      expect(reversed.stderr).toMatch(/^roadmap-ingest merge: reversed\.ndjson: line 2: orders\/district-a\/belomorsk\.txt comes before orders\/district-a\/ipatovo\.txt in a run's order; /u);

      const tampered = JSON.parse(documents[2]!);
      tampered.roadmaps[0].activities[0].deadline.kind = 'someday';
      writeFileSync(join(root, 'tampered.ndjson'), `${documents[0]}\n${documents[1]}\n${JSON.stringify(tampered)}\n`);
      const invalid = await cliIn(root, 'merge', 'tampered.ndjson');
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toBe('');
      expect(invalid.stderr).toMatch(/^roadmap-ingest merge: tampered\.ndjson: line 3: not a roadmap document: \/roadmaps\/0\/activities\/0\/deadline\/kind: /u);

      writeFileSync(join(root, 'cut.ndjson'), `${documents[0]}\n${documents[1]!.slice(0, 100)}\n`);
      const cut = await cliIn(root, 'merge', 'cut.ndjson');
      expect(cut.code).toBe(1);
      expect(cut.stderr).toBe('roadmap-ingest merge: cut.ndjson: line 2: not a JSON document (the file is neither NDJSON nor JSON)\n');

      const missing = await cliIn(root, 'merge', 'single.ndjson', 'no-such-shard.ndjson');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe('roadmap-ingest merge: no-such-shard.ndjson: cannot read the file (ENOENT)\n');
    });

    it('a wrong command line is exit 2: a format merge does not write, a count that is no number', async () => {
      const xlsx = await cliIn(root, 'merge', 'single.ndjson', '-f', 'xlsx');
      expect(xlsx.code).toBe(2);
      expect(xlsx.stderr).toContain("argument 'xlsx' is invalid. Allowed choices are ndjson, json, csv.");
      const count = await cliIn(root, 'merge', 'single.ndjson', '--expect', 'many');
      expect(count.code).toBe(2);
      expect(count.stdout).toBe('');
    });
  });
});

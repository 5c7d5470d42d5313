/**
 * The package as a user installs it: `npm pack`, unpacked into another
 * project's node_modules, imported by name. This catches what tests of the
 * sources cannot: a file missing from `files`, a broken `exports` map, types
 * that are not shipped, and a README example that no longer runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/seeds.js';

let consumer: string;

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'roadmap-ingest-consumer-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', consumer], { cwd: repoRoot, encoding: 'utf8' }),
  )[0].filename as string;
  const modules = join(consumer, 'node_modules');
  mkdirSync(join(modules, 'roadmap-ingest'), { recursive: true });
  execFileSync('tar', ['-xzf', join(consumer, packed), '-C', join(modules, 'roadmap-ingest'), '--strip-components=1']);
  // The package's own dependencies, as npm would have installed them beside it.
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry.startsWith('.') || entry === 'roadmap-ingest') continue;
    symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
}, 60_000);

describe('the packed package, imported by name', () => {
  it("runs the README's library example and prints what the seed says", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example = /<!-- library-example[^>]*-->\s*```js\n([\s\S]*?)```/u.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(consumer, 'example.mjs'), example!);
    // The example names a fixture relative to the repository, as a reader of the README would run it.
    const output = execFileSync(process.execPath, [join(consumer, 'example.mjs')], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    // Seed 000: «ПРИКАЗ», «8 декабря 2023 года», «№ 515»; rows 1.1 «Март 2023, реализация до конца 2023»,
    // 1.2 «Июнь, декабрь 2023», 2.1 «Июнь-июль 2023»; 1.1 lists four schools, 1.2 «Образовательные организации».
    expect(output[0]).toBe('приказ 515 2023-12-08');
    expect(output[1]).toMatch(/^1\.1 period 2023-12-31 МБОУ- Богородицкая СОШ; .+; .+; МБОУ- Юрьевская СОШ$/u);
    expect(output[2]).toBe('1.2 multiple 2023-12-31 Образовательные организации');
    expect(output[3]).toBe('2.1 period 2023-07-31 Образовательные организации');
    expect(output[4]).toBe('true https://roadmap-ingest.github.io/schemas/roadmap-1.0.schema.json');
    expect(output[5]).toBe('EMPTY_INPUT the file is empty');
  });

  it('ships types: a TypeScript consumer type-checks against the .d.ts, and a wrong field is an error', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true } }),
    );
    writeFileSync(
      join(consumer, 'use.ts'),
      [
        "import { ingestFile, IngestError, type RoadmapDocument, type Deadline } from 'roadmap-ingest';",
        'const document: RoadmapDocument = await ingestFile("x.pdf", { fallbackYear: 2024 });',
        'const deadline: Deadline | undefined = document.roadmaps[0]?.activities[0]?.deadline;',
        'const code: string | undefined = (null as unknown as IngestError | null)?.code;',
        'export { deadline, code };',
      ].join('\n'),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });

    writeFileSync(join(consumer, 'use.ts'), "import { ingestFile } from 'roadmap-ingest';\nconst n: number = (await ingestFile('x.pdf')).schemaVersion;\nexport { n };\n");
    let diagnostics = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    } catch (error) {
      diagnostics = (error as { stdout: string }).stdout;
    }
    expect(diagnostics).toMatch(/use\.ts\(2,7\): error TS2322: Type 'string' is not assignable to type 'number'/u);
  }, 60_000);

  it('never writes to stdout or stderr, from import to a failed ingest, for every seed in every format', () => {
    const script = `
      const written = [];
      const write = process.stdout.write.bind(process.stdout);
      for (const stream of [process.stdout, process.stderr]) stream.write = (chunk) => (written.push(String(chunk)), true);
      for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = (...args) => written.push(args.join(' '));
      const { ingestFile, ingest } = await import('roadmap-ingest');
      const { readdirSync } = await import('node:fs');
      const dir = ${JSON.stringify(join(repoRoot, 'fixtures/seeds'))};
      let activities = 0;
      for (const name of readdirSync(dir).sort()) {
        const document = await ingestFile(dir + '/' + name);
        activities += document.roadmaps.reduce((n, r) => n + r.activities.length, 0);
      }
      await ingest(new TextEncoder().encode('%PDF-1.7 truncated')).catch(() => {});
      write(JSON.stringify({ written, activities }));
    `;
    writeFileSync(join(consumer, 'quiet.mjs'), script);
    const result = JSON.parse(execFileSync(process.execPath, [join(consumer, 'quiet.mjs')], { encoding: 'utf8' }));
    expect(result.written).toEqual([]);
    // 21 + 25 + 21 + (24 + 25 + 5) + 44 = 165 activities, counted by hand in the text seeds; the
    // .docx and .pdf twins hold the same rows, so three formats give three times as many.
    expect(result.activities).toBe(3 * 165);
  }, 120_000);

  it('exposes the schema file as roadmap-ingest/schema', () => {
    const script = "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); console.log(r.resolve('roadmap-ingest/schema'));";
    writeFileSync(join(consumer, 'schema.mjs'), script);
    const resolved = execFileSync(process.execPath, [join(consumer, 'schema.mjs')], { encoding: 'utf8' }).trim();
    expect(resolved).toBe(join(consumer, 'node_modules/roadmap-ingest/schemas/roadmap.schema.json'));
    expect(JSON.parse(readFileSync(resolved, 'utf8'))['$id']).toBe('https://roadmap-ingest.github.io/schemas/roadmap-1.0.schema.json');
  });
});

// Ingests each file named on the command line with the built library, one
// after another in this process, and prints one JSON line per file (its
// outcome and time) and a last line with the process's peak memory. The
// hostile-input tests run it as a child with --max-old-space-size so that
// memory is measured for the inputs alone.
import { ingestFile } from '../../dist/ingest.js';

for (const file of process.argv.slice(2)) {
  const started = performance.now();
  let outcome;
  try {
    const document = await ingestFile(file);
    outcome = {
      format: document.source.format,
      pages: document.source.pages,
      activities: document.roadmaps.reduce((sum, roadmap) => sum + roadmap.activities.length, 0),
      sections: document.roadmaps.reduce((sum, roadmap) => sum + roadmap.sections.length, 0),
      warnings: [...new Set(document.warnings.map((warning) => warning.code))],
    };
  } catch (error) {
    outcome = { code: error.code ?? error.name, message: error.message };
  }
  console.log(JSON.stringify({ file, ms: Math.round(performance.now() - started), ...outcome }));
}
console.log(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));

// A stand-in for the ingest worker whose behaviour the file name picks, so the
// pool's handling of hangs, heap exhaustion and order can be tested in seconds.
// Its output names the thread it ran in, so tests can tell the pool from the main thread.
import { isMainThread, threadId } from 'node:worker_threads';

export default async function scriptedTask(task, signal) {
  if (task.path.includes('spin')) for (;;);
  if (task.path.includes('hog')) {
    const held = [];
    for (;;) held.push(new Array(1 << 20).fill(held.length));
  }
  if (task.path.includes('busy')) for (const until = performance.now() + 1500; performance.now() < until; );
  if (task.path.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 300));
  // Pauses between steps as the pipeline does between a PDF's pages, and stops when told to.
  if (task.path.includes('paced')) {
    for (let step = 0; step < 100; step += 1) {
      signal?.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { ok: true, output: { format: 'ndjson', text: `${task.path} ${isMainThread ? 'main' : `worker ${threadId}`}\n` }, roadmaps: 1, activities: 1, warnings: [] };
}

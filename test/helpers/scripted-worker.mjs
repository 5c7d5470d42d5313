// A stand-in for the ingest worker whose behaviour the file name picks, so the
// pool's handling of hangs, heap exhaustion and order can be tested in seconds.
export default async function scriptedTask(task) {
  if (task.path.includes('spin')) for (;;);
  if (task.path.includes('hog')) {
    const held = [];
    for (;;) held.push(new Array(1 << 20).fill(held.length));
  }
  if (task.path.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 300));
  return { ok: true, output: `${task.path}\n`, roadmaps: 1, activities: 1, warnings: [] };
}

// pdf.js's worker module, loaded ahead of getDocument (src/extract/pdf/pdfjs.ts);
// pdfjs-dist ships no types for it, and nothing of it is used by name.
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}

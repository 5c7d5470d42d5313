/**
 * pdf.js's parser ("worker") module, in the minified form its package ships
 * beside the readable one: the same build, a fifth less to read and compile
 * each time a thread loads it (about 50 ms on this project's machines).
 */
export const PDF_PARSER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

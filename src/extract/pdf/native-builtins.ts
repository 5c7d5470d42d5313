/**
 * The platform's own builtins that pdf.js's legacy build replaces, taken
 * before it loads: pdfjs.ts imports this module first, so it is evaluated
 * first.
 */
export const nativePush = Array.prototype.push;
export const nativeStringify = JSON.stringify;

/**
 * The platform's own Array.prototype.push, taken before pdf.js loads.
 * pdfjs.ts imports this module first, so it is evaluated first.
 */
export const nativePush = Array.prototype.push;

/**
 * Activity numbers as printed: `1.1`, `1.1.`, `4.2.3.10.`, `17`. A number is
 * in its own cell, or opens the title cell (`1.1 Подготовка …`, seed 003).
 */
const NUMBER_ONLY = /^(?<number>\d{1,3}(?:\.\d{1,3}){0,5})\.?$/u;
const NUMBER_PREFIX = /^(?<number>\d{1,3}(?:\.\d{1,3}){0,5})\.?\s+(?=[\p{L}«"(-])/u;

export function parseNumberCell(text: string): string | null {
  return NUMBER_ONLY.exec(text.trim())?.groups?.number ?? null;
}

/** A number at the start of a title cell, and the title without it. */
export function splitNumberPrefix(text: string): { number: string | null; rest: string } {
  const trimmed = text.trimStart();
  const match = NUMBER_PREFIX.exec(trimmed);
  if (!match?.groups?.number) return { number: null, rest: text };
  return { number: match.groups.number, rest: trimmed.slice(match[0].length) };
}

export function numberParts(number: string): number[] {
  return number.split('.').map(Number);
}

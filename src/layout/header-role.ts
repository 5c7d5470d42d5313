/**
 * The role one header cell names. It lives below the extractors and the
 * segmenter because both read headers: the PDF extractor finds where a table
 * without rules begins by its header words, the segmenter maps columns.
 */
import PorterStemmerRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import type { ColumnRole } from '../model/roadmap.js';
import { DECIDING_WORDS, HEADER_STEM_ROLES, NEUTRAL_HEADER_STEMS } from './column-words.js';

const WORD = /№|п\/п|[\p{L}]+/gu;

/** The header's words as Porter stems, so every word form matches (`Сроки` → `срок`). */
export function headerStems(header: string): string[] {
  return (header.toLowerCase().match(WORD) ?? []).map((word) => (word.length > 3 ? PorterStemmerRu.stem(word) : word));
}

/** The role one header names, or `other`. */
export function headerRole(header: string): ColumnRole {
  const deciding = headerStems(header).filter((stem) => !NEUTRAL_HEADER_STEMS.has(stem)).slice(0, DECIDING_WORDS);
  for (const stem of deciding) {
    for (const [prefix, role] of HEADER_STEM_ROLES) {
      if (stem.startsWith(prefix) || (prefix.length <= 3 && stem === prefix)) return role;
    }
  }
  return 'other';
}

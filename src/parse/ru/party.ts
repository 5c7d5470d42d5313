/**
 * «Ответственный» / «Соисполнители» cells → Party objects. Placeholder seam:
 * the full splitter and classifier (issue «Responsible parties, decree
 * requisites, orders and aliases») replaces the body of parseParties.
 */
import type { Alias, Party, SourceRef } from '../../model/roadmap.js';
import { result, type Result } from '../../model/warnings.js';
import { collapseSpace } from '../../layout/text.js';

export interface PartyContext {
  /** Aliases the document defined so far (`(далее – образовательные организации)`). */
  aliases: Alias[];
  source: SourceRef | null;
}

export interface ParsedParties {
  parties: Party[];
  /** Aliases defined inside this cell; they are not parties. */
  aliases: Alias[];
}

/** Splits at commas, semicolons and line breaks outside quotes and parentheses. */
export function parseParties(cellText: string, _context: PartyContext): Result<ParsedParties> {
  const parties: Party[] = [];
  for (const span of splitOutsideBrackets(cellText)) {
    const text = collapseSpace(span);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    parties.push({ text, kind: 'organization', name: null, position: null, organization: text, resolved: null });
  }
  return result({ parties, aliases: [] });
}

function splitOutsideBrackets(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '«') depth += 1;
    else if ((char === ')' || char === '»') && depth > 0) depth -= 1;
    else if (char === '"') quoted = !quoted;
    if (depth === 0 && !quoted && (char === ',' || char === ';' || char === '\n')) {
      spans.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  spans.push(current);
  return spans;
}

/**
 * HTML built by a tagged template that escapes every value it is given,
 * unless the value is itself Markup made the same way. Text from a document
 * (a title holding `<script>`) therefore reaches the page only as text.
 */
export class Markup {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

type Interpolated = Markup | string | number | null | undefined | false | readonly Interpolated[];

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Markup {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new Markup(out);
}

function render(value: Interpolated): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike (HTML and SVG). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ESCAPES[character]!);
}

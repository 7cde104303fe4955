// Templates are parsed once into literal and placeholder parts: fill runs several times per person, and
// a regex replace with a callback was a visible share of the 100k-person generation time.
type Part = { literal: string } | { key: string };
const parsed = new Map<string, readonly Part[]>();

function parse(template: string): readonly Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    parts = template
      .split(/(\{\w+\})/)
      .map((piece) => (/^\{\w+\}$/.test(piece) ? { key: piece.slice(1, -1) } : { literal: piece }));
    parsed.set(template, parts);
  }
  return parts;
}

/** Replaces {name} placeholders; a missing value is a programming error, so it throws. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let out = '';
  for (const part of parse(template)) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    const value = values[part.key];
    if (value === undefined) throw new Error(`template "${template}" needs a value for {${part.key}}`);
    out += String(value);
  }
  return out;
}

/** "a" or "an" before a job title; acronyms go by how their first letter is spoken ("an SEO specialist"). */
export function article(title: string): 'a' | 'an' {
  const firstWord = title.split(' ')[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase() && /^[A-Z]/.test(firstWord);
  return (acronym ? /^[AEFHILMNORSX]/ : /^[AEIOU]/i).test(firstWord) ? 'an' : 'a';
}

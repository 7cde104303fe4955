import { cleanText, fold } from '../talent/text/normalise';

/** A colleague as the mention picker shows them. */
export interface PickablePerson {
  readonly userId: string;
  readonly displayName: string;
  readonly mail?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
}

export const MAX_PEOPLE_QUERY_LENGTH = 100;

// Whole name first ("Bram de V" → Bram de Vries), then any name part ("vries" → Bram de Vries), then the mail
// address: what people type after "@" is how they address a colleague, not a search for expertise.
function rankOf(person: PickablePerson, query: string): number {
  const { name, parts, mail } = foldedOf(person);
  if (name.startsWith(query)) return 0;
  if (parts.some((part) => part.startsWith(query)) || name.includes(` ${query}`)) return 1;
  if (mail.startsWith(query)) return 2;
  return -1;
}

interface FoldedPerson {
  readonly name: string;
  readonly parts: readonly string[];
  readonly mail: string;
}

// Folding every name on every keystroke took 140 ms over 100,000 colleagues. A directory entry is replaced, not
// changed, when the person changes, so its folded words are kept by the entry itself and go with it.
const folded = new WeakMap<PickablePerson, FoldedPerson>();

function foldedOf(person: PickablePerson): FoldedPerson {
  let known = folded.get(person);
  if (!known) {
    const name = fold(person.displayName);
    known = { name, parts: name.split(/[\s-]+/), mail: person.mail ? fold(person.mail) : '' };
    folded.set(person, known);
  }
  return known;
}

const byName = new Intl.Collator('nl', { sensitivity: 'base' });

/** The colleagues whose name or mail starts with what was typed, best first, at most `top`. */
export function pickPeople(people: Iterable<PickablePerson>, typed: string, top: number): PickablePerson[] {
  const query = fold(cleanText(typed).replace(/^@+/, '')).slice(0, MAX_PEOPLE_QUERY_LENGTH);
  if (query === '' || top < 1) return [];
  // The best `top` kept as they come (a common first letter matches a quarter of a large directory: sorting all
  // of them per keystroke would cost more than reading them).
  const best: Array<{ person: PickablePerson; rank: number }> = [];
  const before = (a: { person: PickablePerson; rank: number }, b: { person: PickablePerson; rank: number }) =>
    a.rank - b.rank || byName.compare(a.person.displayName, b.person.displayName);
  for (const person of people) {
    const rank = rankOf(person, query);
    if (rank < 0) continue;
    const candidate = { person, rank };
    if (best.length === top && before(candidate, best[top - 1]!) >= 0) continue;
    let at = best.length === top ? top - 1 : best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  return best.map((entry) => entry.person);
}

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
function rank(person: PickablePerson, folded: string): number {
  const name = fold(person.displayName);
  if (name.startsWith(folded)) return 0;
  if (name.split(/[\s-]+/).some((part) => part.startsWith(folded)) || name.includes(` ${folded}`)) return 1;
  if (person.mail && fold(person.mail).startsWith(folded)) return 2;
  return -1;
}

/** The colleagues whose name or mail starts with what was typed, best first, at most `top`. */
export function pickPeople(people: Iterable<PickablePerson>, typed: string, top: number): PickablePerson[] {
  const folded = fold(cleanText(typed).replace(/^@+/, '')).slice(0, MAX_PEOPLE_QUERY_LENGTH);
  if (folded === '') return [];
  const found: Array<{ person: PickablePerson; rank: number }> = [];
  for (const person of people) {
    const r = rank(person, folded);
    if (r >= 0) found.push({ person, rank: r });
  }
  found.sort((a, b) => a.rank - b.rank || a.person.displayName.localeCompare(b.person.displayName));
  return found.slice(0, top).map((entry) => entry.person);
}

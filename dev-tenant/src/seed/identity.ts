import { ORIGINS, type Gender, type NameOrigin } from './data/names';
import { Rng, WeightedTable } from './random';

export interface Identity {
  origin: NameOrigin;
  gender: Gender;
  givenName: string;
  surname: string;
  displayName: string;
  preferredLanguage: 'nl-NL' | 'en-US';
}

const ORIGIN_TABLE = new WeightedTable(
  ORIGINS,
  ORIGINS.map((o) => o.weight),
);
const DUTCH = ORIGINS[0];

// Popular names really are much more common; a mild Zipf keeps "de Jong" and "Jansen" frequent without
// drowning the long tail. Tables are built once per list and reused for every person.
const tables = new Map<readonly string[], WeightedTable<string>>();
function zipfPick(names: readonly string[], rng: Rng): string {
  let table = tables.get(names);
  if (!table) {
    table = WeightedTable.zipf(names, 0.7);
    tables.set(names, table);
  }
  return table.pick(rng);
}

function givenNames(origin: NameOrigin, gender: Gender): readonly string[] {
  const pool = origin.given === 'dutch' ? DUTCH?.given : origin.given;
  if (!pool || pool === 'dutch') throw new Error('the Dutch name pool must come first in ORIGINS');
  return pool[gender];
}

export function drawIdentity(rng: Rng): Identity {
  const origin = ORIGIN_TABLE.pick(rng);
  const gender: Gender = rng.chance(0.47) ? 'female' : 'male';
  const givenName = zipfPick(givenNames(origin, gender), rng);
  const plainSurname = zipfPick(origin.surnames, rng);
  const surname =
    gender === 'female' && origin.feminineSurname ? origin.feminineSurname(plainSurname) : plainSurname;
  return {
    origin,
    gender,
    givenName,
    surname,
    displayName: `${givenName} ${surname}`,
    preferredLanguage: rng.chance(origin.englishShare) ? 'en-US' : 'nl-NL',
  };
}

// Letters that Unicode does not decompose into base letter + accent, so NFD alone would drop them.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
};

// Names repeat a lot across 100k people; normalising each distinct name once is enough.
const mailParts = new Map<string, string>();

/** ASCII-only, lowercase, no spaces or apostrophes: "van 't Hof" → "vanthof", "Yılmaz" → "yilmaz". */
export function mailPart(name: string): string {
  let part = mailParts.get(name);
  if (part === undefined) {
    part = normalise(name);
    mailParts.set(name, part);
  }
  return part;
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ıłøßæœđ]/g, (ch) => SPECIAL_LETTERS[ch] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

/**
 * Hands out mail nicknames like Entra admins do by hand: "jan.devries", then "jan.devries2", "jan.devries3".
 * Names contain no digits, so a numbered nickname can never clash with a plain one.
 */
export class NicknameRegistry {
  private readonly counts = new Map<string, number>();

  claim(givenName: string, surname: string): string {
    const base = `${mailPart(givenName)}.${mailPart(surname)}`;
    const seen = (this.counts.get(base) ?? 0) + 1;
    this.counts.set(base, seen);
    return seen === 1 ? base : `${base}${seen}`;
  }
}

import { pickPeople, type PickablePerson } from '../../src';

const people: PickablePerson[] = [
  { userId: '1', displayName: 'Bram de Vries', mail: 'bram.devries@contoso.nl' },
  { userId: '2', displayName: 'Anouk Brammer', mail: 'anouk.brammer@contoso.nl' },
  { userId: '3', displayName: 'Émile Bakker', mail: 'e.bakker@contoso.nl' },
  { userId: '4', displayName: 'Kees Jansen', mail: 'bk@contoso.nl' },
];
const names = (typed: string, top = 8) => pickPeople(people, typed, top).map((p) => p.displayName);

describe('pickPeople (the mention picker)', () => {
  it('puts whole-name starts before name parts before mail addresses', () => {
    expect(names('bram')).toEqual(['Bram de Vries', 'Anouk Brammer']);
    expect(names('b')).toEqual(['Bram de Vries', 'Anouk Brammer', 'Émile Bakker', 'Kees Jansen']);
  });

  it('reads what is typed after @, without accents or case', () => {
    expect(names('@emile')).toEqual(['Émile Bakker']);
    expect(names('VRIES')).toEqual(['Bram de Vries']);
  });

  it('finds nobody for nothing, and no more than asked', () => {
    expect(names('  @ ')).toEqual([]);
    expect(names('b', 2)).toHaveLength(2);
  });
});

describe('pickPeople on a large directory', () => {
  it('keeps exactly the best of a full sort, without sorting everyone', () => {
    const names = ['Bram', 'Anouk', 'Bas', 'Britt', 'Émile', 'Kees', 'Bo'];
    const many: PickablePerson[] = Array.from({ length: 3000 }, (_, i) => ({
      userId: String(i),
      displayName: `${names[(i * 7) % names.length]} ${names[(i * 3) % names.length]}${i % 97}`,
      mail: `x${i}@contoso.nl`,
    }));
    const collator = new Intl.Collator('nl', { sensitivity: 'base' });
    const rankOf = (p: PickablePerson, q: string) => {
      const name = p.displayName.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      if (name.startsWith(q)) return 0;
      return name.split(/[\s-]+/).some((part) => part.startsWith(q)) ? 1 : -1;
    };
    for (const q of ['b', 'br', 'bo', 'e', 'k']) {
      const reference = many
        .filter((p) => rankOf(p, q) >= 0)
        .sort((a, b) => rankOf(a, q) - rankOf(b, q) || collator.compare(a.displayName, b.displayName))
        .slice(0, 8)
        .map((p) => p.displayName);
      expect(pickPeople(many, q, 8).map((p) => p.displayName)).toEqual(reference);
    }
  });
});

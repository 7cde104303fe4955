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

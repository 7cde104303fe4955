import { mailPart } from '../../src/seed/identity';
import { organisation } from './helpers';

describe('names', () => {
  const org = organisation();

  it('are mostly Dutch, with tussenvoegsels kept in the surname', () => {
    const withPrefix = org.people.filter((p) => /^(van|de|den|der|ter|in|op) /.test(p.surname));
    expect(withPrefix.length / org.people.length).toBeGreaterThan(0.15);
    expect(org.people.some((p) => p.surname.startsWith('van der '))).toBe(true);
    expect(org.people.some((p) => p.surname.startsWith('de '))).toBe(true);
  });

  it('include people of many backgrounds', () => {
    const surnames = new Set(org.people.map((p) => p.surname));
    const backgrounds = {
      turkish: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın'],
      moroccan: [
        'El Amrani',
        'El Idrissi',
        'Benali',
        'Bouzid',
        'Ait Taleb',
        'El Khattabi',
        'Ouali',
        'Boukhari',
      ],
      indian: ['Sharma', 'Patel', 'Kumar', 'Singh', 'Iyer', 'Reddy', 'Nair', 'Gupta'],
      english: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', "O'Brien"],
      surinamese: ['Ramdin', 'Jagessar', 'Ramcharan', 'Mahabier', 'Pinas', 'Wijngaarde', 'Sabajo', 'Ritfeld'],
      polish: ['Nowak', 'Kowalski', 'Kowalska', 'Wiśniewski', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Mazur'],
    };
    for (const [background, names] of Object.entries(backgrounds)) {
      expect([background, names.some((name) => surnames.has(name))]).toEqual([background, true]);
    }
  });

  it('normalise to ASCII mail parts', () => {
    expect(mailPart("van 't Hof")).toBe('vanthof');
    expect(mailPart('de Vries')).toBe('devries');
    expect(mailPart('Yılmaz')).toBe('yilmaz');
    expect(mailPart('İbrahim')).toBe('ibrahim');
    expect(mailPart('Łukasz')).toBe('lukasz');
    expect(mailPart("O'Brien")).toBe('obrien');
    expect(mailPart('Gert-Jan')).toBe('gert-jan');
    expect(mailPart('Müller')).toBe('muller');
  });
});

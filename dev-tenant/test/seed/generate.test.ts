import { generateOrganisation } from '../../src/seed';
import { DOMAIN, organisation } from './helpers';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateOrganisation', () => {
  const org = organisation();

  it('is deterministic: the same options give byte-identical JSON', () => {
    const again = generateOrganisation({ seed: 42, people: 1500, domain: DOMAIN });
    expect(JSON.stringify(again)).toBe(JSON.stringify(org));
  });

  it('gives a different organisation for a different seed', () => {
    const other = generateOrganisation({ seed: 43, people: 1500, domain: DOMAIN });
    expect(other.people[0]?.id).not.toBe(org.people[0]?.id);
    expect(other.people.map((p) => p.displayName)).not.toEqual(org.people.map((p) => p.displayName));
  });

  it('creates exactly the requested number of people', () => {
    expect(org.people).toHaveLength(1500);
    expect(org.groundTruth).toMatchObject({ version: 1, seed: 42, people: 1500 });
  });

  it('gives every person a unique version-4-shaped GUID', () => {
    const ids = org.people.map((p) => p.id);
    expect(ids.every((id) => GUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives unique UPNs, mail addresses, nicknames and employee ids', () => {
    for (const field of ['userPrincipalName', 'mail', 'mailNickname', 'employeeId'] as const) {
      const values = org.people.map((p) => p[field]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('builds mail addresses from ASCII name parts, numbering duplicates', () => {
    const wrong = org.people.filter(
      (p) =>
        p.userPrincipalName !== `${p.mailNickname}@${DOMAIN}` ||
        p.mail !== p.userPrincipalName ||
        !/^[a-z-]+\.[a-z-]+\d*$/.test(p.mailNickname),
    );
    expect(wrong).toEqual([]);
    expect(org.people.some((p) => /\d$/.test(p.mailNickname))).toBe(true);
  });

  // Checked as one list of offenders: an expect per field per person makes this test needlessly slow.
  it('fills the directory fields in Graph formats', () => {
    const problems = org.people.flatMap((p) => {
      const checks: Array<[string, boolean]> = [
        ['displayName', p.displayName === `${p.givenName} ${p.surname}`],
        ['country', p.country === 'Netherlands' && p.usageLocation === 'NL'],
        ['preferredLanguage', p.preferredLanguage === 'nl-NL' || p.preferredLanguage === 'en-US'],
        ['hireDate', /^(19|20)\d\d-(0[1-9]|1[0-2])-01T00:00:00Z$/.test(p.hireDate)],
        ['hireDate in the past', Date.parse(p.hireDate) <= Date.parse('2025-09-01T00:00:00Z')],
        ['businessPhones', p.businessPhones.every((phone) => /^\+31 [1-9]\d \d{3} \d{4}$/.test(phone))],
        ['mobilePhone', p.mobilePhone === null || /^\+31 6 \d{4} \d{4}$/.test(p.mobilePhone)],
        ['employeeId', /^\d{6}$/.test(p.employeeId)],
        ['jobTitle', p.jobTitle.length > 0],
        ['officeLocation', p.officeLocation.startsWith(p.city)],
      ];
      return checks.filter(([, ok]) => !ok).map(([field]) => `${p.displayName}: ${field}`);
    });
    expect(problems).toEqual([]);
  });

  it('leaves some mobile numbers empty and gives some people no desk phone', () => {
    expect(org.people.some((p) => p.mobilePhone === null)).toBe(true);
    expect(org.people.some((p) => p.businessPhones.length === 0)).toBe(true);
  });

  it('numbers employees in hire order', () => {
    const byNumber = [...org.people].sort((a, b) => a.employeeId.localeCompare(b.employeeId));
    const hires = byNumber.map((p) => p.hireDate);
    expect(hires).toEqual([...hires].sort());
  });

  it('prefers Dutch for most people and English for some', () => {
    const english = org.people.filter((p) => p.preferredLanguage === 'en-US').length / org.people.length;
    expect(english).toBeGreaterThan(0.03);
    expect(english).toBeLessThan(0.2);
  });

  it('writes aboutMe in the preferred language, one to three sentences', () => {
    // Skill names may be in either language, so check how each sentence opens.
    const opening = {
      'nl-NL': /^(Ik|Sinds|Als|Mijn|Daarvoor|Voor|In mijn|Buiten) /,
      'en-US': /^(I|I'm|I've|I am|My|Feel|Before|In my|Outside) /,
    };
    const wrong = org.people.filter((p) => {
      const sentences = p.aboutMe.split(/(?<=\.)\s+/);
      return (
        sentences.length > 3 || !sentences.every((sentence) => opening[p.preferredLanguage].test(sentence))
      );
    });
    expect(wrong.map((p) => p.aboutMe)).toEqual([]);
  });

  it('spreads people over the offices, with the Randstad largest', () => {
    const cities = new Set(org.people.map((p) => p.city));
    for (const city of [
      'Amsterdam',
      'Rotterdam',
      'Den Haag',
      'Utrecht',
      'Eindhoven',
      'Groningen',
      'Maastricht',
      'Zwolle',
    ]) {
      expect(cities).toContain(city);
    }
    const inAmsterdam = org.people.filter((p) => p.city === 'Amsterdam').length;
    const inMaastricht = org.people.filter((p) => p.city === 'Maastricht').length;
    expect(inAmsterdam).toBeGreaterThan(inMaastricht);
  });

  it('handles tiny organisations', () => {
    for (const people of [1, 2, 10, 59, 60]) {
      const small = generateOrganisation({ seed: 1, people, domain: DOMAIN });
      expect(small.people).toHaveLength(people);
      expect(small.people.filter((p) => p.managerId === null)).toHaveLength(1);
    }
  });

  it('lower-cases the mail domain', () => {
    const mixed = generateOrganisation({ seed: 1, people: 3, domain: 'SamenDev.OnMicrosoft.com' });
    expect(mixed.people[0]?.mail.endsWith('@samendev.onmicrosoft.com')).toBe(true);
  });

  it.each([
    [{ seed: 1.5, people: 10, domain: DOMAIN }],
    [{ seed: 1, people: 0, domain: DOMAIN }],
    [{ seed: 1, people: 10, domain: 'not a domain' }],
  ])('rejects invalid options %j', (options) => {
    expect(() => generateOrganisation(options)).toThrow(RangeError);
  });
});

import { mentionedSkills } from '../../src/seed/mentions';
import { organisation, spellingIndex, textFields, truthByUser } from './helpers';

describe('ground truth', () => {
  const org = organisation();
  const index = spellingIndex(org.skills);
  const truth = truthByUser(org);
  const skillIds = new Set(org.skills.map((s) => s.id));
  // Titles, departments and duties repeat across people; scan each distinct text once.
  const scanned = new Map<string, Set<string>>();
  const mentionsOf = (text: string): Set<string> => {
    let found = scanned.get(text);
    if (!found) scanned.set(text, (found = mentionedSkills(text)));
    return found;
  };

  it('covers every person with valid skills and levels 1–5', () => {
    expect(truth.size).toBe(org.people.length);
    const invalid = org.groundTruth.expertise.filter(
      (f) => !skillIds.has(f.skillId) || ![1, 2, 3, 4, 5].includes(f.level),
    );
    expect(invalid).toEqual([]);
  });

  it('lists each person’s skill at most once', () => {
    const keys = org.groundTruth.expertise.map((f) => `${f.userId}/${f.skillId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('includes every declared skill', () => {
    const missing = org.people.flatMap((p) =>
      p.skills
        .filter((s) => !truth.get(p.id)?.has(index.get(s.toLowerCase()) ?? ''))
        .map((s) => `${p.displayName}: ${s}`),
    );
    expect(missing).toEqual([]);
  });

  it('marks some declared skills as weak (level 1)', () => {
    const weak = org.people.flatMap((p) =>
      p.skills.filter((s) => truth.get(p.id)?.get(index.get(s.toLowerCase()) ?? '') === 1),
    );
    expect(weak.length).toBeGreaterThan(20);
  });

  it('includes hidden expertise that only the profile texts reveal', () => {
    const hidden = org.people.filter((p) => {
      const declared = new Set(p.skills.map((s) => index.get(s.toLowerCase())));
      return [...(truth.get(p.id)?.keys() ?? [])].some((id) => !declared.has(id));
    });
    expect(hidden.length / org.people.length).toBeGreaterThan(0.2);
  });

  // The heart of the relevance fixture: text is generated from the truth, so it neither hides a real
  // skill without evidence nor mentions a skill the person does not have.
  it('matches the texts: every real skill is declared or mentioned, every mention is real', () => {
    const problems: string[] = [];
    for (const person of org.people) {
      const known = truth.get(person.id) ?? new Map<string, number>();
      const declared = new Set(person.skills.map((s) => index.get(s.toLowerCase())));
      const mentioned = new Set(textFields(person).flatMap((text) => [...mentionsOf(text)]));
      for (const id of known.keys())
        if (!declared.has(id) && !mentioned.has(id))
          problems.push(`${person.displayName}: ${id} has no evidence`);
      for (const id of mentioned)
        if (!known.has(id)) problems.push(`${person.displayName}: mentions ${id} without having it`);
    }
    expect(problems).toEqual([]);
  });

  it('ties "n years" in aboutMe to the level', () => {
    const years = org.people.flatMap((p) => {
      const match = /(\d+) (jaar|years)/.exec(p.aboutMe);
      return match ? [Number(match[1])] : [];
    });
    expect(years.length).toBeGreaterThan(100);
    expect(Math.max(...years)).toBeLessThanOrEqual(20);
  });
});

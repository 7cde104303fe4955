import { DEPARTMENTS, DIVISIONS, MANAGER_RESPONSIBILITIES } from '../../src/seed/data/departments';
import {
  COMPANY_PROJECTS,
  DISTRICTS,
  HOBBIES,
  PROFESSIONAL_INTERESTS,
  SKILL_PROJECTS,
} from '../../src/seed/data/profile-text';
import { mentionedSkills, skillForms } from '../../src/seed/mentions';
import { skillById } from '../../src/seed/taxonomy';
import { countBy, organisation, spellingIndex } from './helpers';

describe('skills taxonomy', () => {
  const { skills } = organisation();

  it('holds at least 250 real-world skills across the company’s fields', () => {
    expect(skills.length).toBeGreaterThanOrEqual(250);
    const domains = new Set(skills.map((s) => s.domain));
    for (const domain of [
      'network',
      'fiber',
      'mobile',
      'cloud',
      'security',
      'data',
      'software',
      'sales',
      'customer-service',
      'marketing',
      'hr',
      'finance',
      'legal',
      'project-management',
      'languages',
    ]) {
      expect(domains).toContain(domain);
    }
  });

  it('has unique ids and spellings that resolve to exactly one skill', () => {
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of skills) {
      for (const form of skillForms(skill)) {
        const owner = owners.get(form.toLowerCase());
        if (owner !== undefined && owner !== skill.id) clashes.push(`${form}: ${owner} / ${skill.id}`);
        owners.set(form.toLowerCase(), skill.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('knows the synonyms search must handle', () => {
    const index = spellingIndex(skills);
    for (const spelling of ['glasvezel', 'fiber', 'fibre', 'ftth'])
      expect(index.get(spelling)).toBe('fiber-optics');
    expect(index.get('k8s')).toBe('kubernetes');
    expect(index.get('klantenservice')).toBe(index.get('customer service'));
  });

  it('only refers to skills that exist', () => {
    const referenced = [
      ...DEPARTMENTS.flatMap((d) => [
        ...d.roles.flatMap((r) => r.skills),
        ...d.responsibilities.map((x) => x.skill),
      ]),
      ...DIVISIONS.flatMap((d) => d.skills),
      ...MANAGER_RESPONSIBILITIES.map((x) => x.skill),
      ...Object.keys(SKILL_PROJECTS),
    ].filter((id): id is string => id !== undefined);
    for (const id of referenced) expect(() => skillById(id)).not.toThrow();
  });

  it('names each skill-specific project with a spelling of that skill', () => {
    for (const [id, templates] of Object.entries(SKILL_PROJECTS)) {
      for (const template of templates)
        expect([template, [...mentionedSkills(template)]]).toEqual([template, [id]]);
    }
  });

  it('keeps skill spellings out of texts that must not claim expertise', () => {
    const untied = DEPARTMENTS.flatMap((d) =>
      d.responsibilities.filter((x) => !x.skill).flatMap((x) => [x.nl, x.en]),
    );
    const neutral = [
      ...untied,
      ...HOBBIES.flat(),
      ...PROFESSIONAL_INTERESTS.flat(),
      ...COMPANY_PROJECTS.flat(),
      ...DISTRICTS,
    ];
    const claiming = neutral.filter((text) => mentionedSkills(text).size > 0);
    expect(claiming).toEqual([]);
  });
});

describe('declared skills', () => {
  const org = organisation();
  const index = spellingIndex(org.skills);

  it('lists 3 to 12 skills per person, each a known spelling', () => {
    const wrongCount = org.people.filter((p) => p.skills.length < 3 || p.skills.length > 12);
    expect(wrongCount).toEqual([]);
    const unknown = org.people.flatMap((p) => p.skills).filter((s) => !index.has(s.toLowerCase()));
    expect(unknown).toEqual([]);
  });

  it('is long-tailed: the top skill is far more common than the median one', () => {
    const counts = countBy(
      org.people.flatMap((p) => p.skills),
      (s) => index.get(s.toLowerCase()) ?? s,
    );
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top = sorted[0] ?? 0;
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(top).toBeGreaterThan(10 * median);
    expect(sorted.length).toBeGreaterThan(150); // the tail is long, not cut off
  });

  it('uses Dutch, English and alias spellings for the same skill', () => {
    const fiber = new Set(
      org.people.flatMap((p) => p.skills).filter((s) => index.get(s.toLowerCase()) === 'fiber-optics'),
    );
    const lower = new Set([...fiber].map((s) => s.toLowerCase()));
    expect(lower).toContain('glasvezel');
    expect(lower.has('fiber') || lower.has('fibre')).toBe(true);
    expect(lower).toContain('ftth');
  });

  it('reflects the department: fiber in Fiber Rollout, klantenservice in Customer Service', () => {
    const share = (department: string, skillId: string) => {
      const people = org.people.filter((p) => p.department === department);
      return (
        people.filter((p) => p.skills.some((s) => index.get(s.toLowerCase()) === skillId)).length /
        people.length
      );
    };
    expect(share('Fiber Rollout', 'ftth-rollout')).toBeGreaterThan(share('Finance', 'ftth-rollout') + 0.3);
    expect(share('Customer Service', 'customer-service')).toBeGreaterThan(0.5);
  });
});

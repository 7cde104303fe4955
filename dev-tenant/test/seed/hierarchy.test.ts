import type { SeedPerson } from '../../src/seed';
import { countBy, organisation } from './helpers';

describe('management hierarchy', () => {
  const org = organisation();
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const reports = countBy(
    org.people.filter((p) => p.managerId !== null),
    (p) => p.managerId ?? '',
  );

  function chainToRoot(person: SeedPerson): SeedPerson[] {
    const chain = [person];
    let current = person;
    while (current.managerId !== null) {
      const manager = byId.get(current.managerId);
      if (!manager || chain.includes(manager))
        throw new Error(`broken or cyclic chain at ${current.displayName}`);
      chain.push(manager);
      current = manager;
    }
    return chain;
  }

  it('has exactly one root: the CEO, without a manager', () => {
    const roots = org.people.filter((p) => p.managerId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.jobTitle).toBe('Chief Executive Officer');
  });

  it('points every managerId at an existing person, without cycles', () => {
    const root = org.people.find((p) => p.managerId === null);
    for (const person of org.people) expect(chainToRoot(person).at(-1)).toBe(root);
  });

  it('is neither flat nor absurdly deep', () => {
    const depths = org.people.map((p) => chainToRoot(p).length - 1);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...depths)).toBeLessThanOrEqual(8);
  });

  it('gives managers plausible spans of control', () => {
    const spans = [...reports.values()];
    expect(Math.max(...spans)).toBeLessThanOrEqual(17);
    const average = spans.reduce((a, b) => a + b, 0) / spans.length;
    expect(average).toBeGreaterThan(3);
    expect(average).toBeLessThan(12);
    const managerShare = reports.size / org.people.length;
    expect(managerShare).toBeGreaterThan(0.05);
    expect(managerShare).toBeLessThan(0.25);
  });

  it('titles leaders by their level and the rest by their role', () => {
    const leaderTitle = /^(Chief .+ Officer|Director .+|Manager .+|Team Lead .+|Teamleider .+)$/;
    const wrong = org.people.filter((p) => reports.has(p.id) !== leaderTitle.test(p.jobTitle));
    expect(wrong.map((p) => `${p.jobTitle} (${reports.get(p.id) ?? 0} reports)`)).toEqual([]);
  });

  it('keeps people in their manager’s department below the directors', () => {
    const wrong = org.people.filter((p) => {
      const manager = p.managerId === null ? undefined : byId.get(p.managerId);
      return (
        manager !== undefined && !manager.jobTitle.startsWith('Chief') && manager.department !== p.department
      );
    });
    expect(wrong).toEqual([]);
  });

  it('staffs the departments of a telecom, customer service and network the largest', () => {
    const sizes = countBy(org.people, (p) => p.department);
    for (const department of [
      'Network Engineering',
      'Fiber Rollout',
      'Mobile & 5G',
      'Cloud & IT',
      'Security',
      'Data & Analytics',
      'Sales Business',
      'Sales Consumer',
      'Customer Service',
      'Marketing',
      'HR',
      'Finance',
      'Legal',
      'Communications',
    ]) {
      expect(sizes.get(department)).toBeGreaterThan(5);
    }
    expect(sizes.get('Customer Service')).toBeGreaterThan(sizes.get('Legal') ?? 0);
  });

  it('mixes seniority in job titles', () => {
    const titles = org.people.map((p) => p.jobTitle);
    for (const prefix of ['Junior ', 'Senior ', 'Lead '])
      expect(titles.some((t) => t.startsWith(prefix))).toBe(true);
  });
});

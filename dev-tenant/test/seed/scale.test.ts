import { generateOrganisation } from '../../src/seed';
import { DOMAIN } from './helpers';

// The dev tenant must be able to seed a large enterprise. Timings are measured by bench/, not asserted here;
// the generous timeout only keeps a slow CI machine from failing the run.
describe('scale', () => {
  it('generates an organisation of 100,000 people with unique ids and one root', () => {
    const org = generateOrganisation({ seed: 2025, people: 100_000, domain: DOMAIN });
    expect(org.people).toHaveLength(100_000);
    expect(new Set(org.people.map((p) => p.id)).size).toBe(100_000);
    expect(new Set(org.people.map((p) => p.userPrincipalName)).size).toBe(100_000);
    expect(org.people.filter((p) => p.managerId === null)).toHaveLength(1);
    const withTruth = new Set(org.groundTruth.expertise.map((f) => f.userId));
    expect(withTruth.size).toBe(100_000);
  }, 120_000);
});

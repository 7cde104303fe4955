import { DEPARTMENTS, type DepartmentSpec } from './data/departments';
import { WeightedTable } from './random';
import { TAXONOMY } from './taxonomy';

// Zipf exponent for a skill's rank inside its domain. Above 1 the head dominates: the most common
// skill of a domain is several times as common as the fifth, and the last ones are rare.
const ZIPF_EXPONENT = 1.15;

// Languages are drawn from a person's background, not their department (expertise.ts).
const EXCLUDED_DOMAINS = new Set(['languages']);

// The board draws from leadership, money and strategy.
const BOARD_DOMAINS: Readonly<Record<string, number>> = {
  general: 6,
  'project-management': 3,
  finance: 2,
  sales: 1,
  communications: 1,
};

function buildTable(domains: Readonly<Record<string, number>>): WeightedTable<string> {
  const candidates = TAXONOMY.filter((s) => !EXCLUDED_DOMAINS.has(s.domain) && (domains[s.domain] ?? 0) > 0);
  return new WeightedTable(
    candidates.map((s) => s.id),
    candidates.map((s) => (domains[s.domain] ?? 0) / Math.pow(s.rank + 1, ZIPF_EXPONENT)),
  );
}

const TABLES = new Map<string, WeightedTable<string>>(DEPARTMENTS.map((d) => [d.key, buildTable(d.domains)]));
const BOARD_TABLE = buildTable(BOARD_DOMAINS);

/** The skills people in a department pick up, weighted by domain and popularity. */
export function skillTable(department: DepartmentSpec | null): WeightedTable<string> {
  return (department && TABLES.get(department.key)) || BOARD_TABLE;
}

import { CEO_TITLE, DIVISIONS, type RoleSpec } from './data/departments';
import type { Position } from './hierarchy';
import { Rng, WeightedTable } from './random';

/** The seed describes the company as of this month, so hire dates never depend on the clock. */
export const REFERENCE_YEAR = 2025;
export const REFERENCE_MONTH = 9;

/** 0 junior, 1 medior, 2 senior, 3 lead/principal. */
export type Seniority = 0 | 1 | 2 | 3;

export interface Employment {
  /** The work the person does or came from; managers keep the skills of their original role. */
  role: RoleSpec | null;
  seniority: Seniority;
  /** Years of working life, at Samen Dev and before. Caps expertise levels and "n years" in texts. */
  careerYears: number;
  /** Months between the hire date and the reference month. */
  tenureMonths: number;
  hireDate: string;
  jobTitle: string;
}

const SENIORITY_PREFIX = ['Junior ', '', 'Senior ', 'Lead '] as const;
const roleTables = new Map<readonly RoleSpec[], WeightedTable<RoleSpec>>();

function pickRole(roles: readonly RoleSpec[], rng: Rng): RoleSpec {
  let table = roleTables.get(roles);
  if (!table) {
    table = new WeightedTable(
      roles,
      roles.map((r) => r.weight),
    );
    roleTables.set(roles, table);
  }
  return table.pick(rng);
}

/** Exponential tenure: many recent hires, a long tail of people who joined decades ago. */
function tenureYears(position: Position, rng: Rng): number {
  const exponential = (mean: number) => -mean * Math.log(1 - rng.next());
  switch (position.tier) {
    case 'ceo':
      return 1 + rng.next() * 7;
    case 'executive':
      return Math.min(25, exponential(6));
    case 'director':
      return Math.min(35, 4 + exponential(8));
    case 'manager':
    case 'lead':
      return Math.min(35, 2 + exponential(7));
    default:
      return Math.min(38, exponential(6));
  }
}

function seniorityOf(position: Position, careerYears: number, rng: Rng): Seniority {
  if (position.tier === 'lead') return 2;
  if (position.tier !== 'member') return 3;
  const felt = careerYears + rng.normal(0, 2);
  if (felt < 2.5) return 0;
  if (felt < 7) return 1;
  if (felt < 14 || rng.chance(0.5)) return 2;
  return 3;
}

function titleOf(position: Position, role: RoleSpec | null, seniority: Seniority): string {
  const { tier, department, team } = position;
  if (tier === 'ceo') return CEO_TITLE;
  if (tier === 'executive')
    return DIVISIONS.find((d) => d.key === position.division)?.executiveTitle ?? CEO_TITLE;
  if (tier === 'director') return `Director ${department?.name ?? ''}`.trim();
  if (tier === 'manager') return `Manager ${team ?? ''}`.trim();
  if (tier === 'lead') return `${department?.dutchTitles ? 'Teamleider' : 'Team Lead'} ${team ?? ''}`.trim();
  if (!role) return 'Specialist';
  return role.graded ? `${SENIORITY_PREFIX[seniority]}${role.title}` : role.title;
}

function isoMonth(monthsBeforeReference: number): string {
  const absolute = REFERENCE_YEAR * 12 + (REFERENCE_MONTH - 1) - monthsBeforeReference;
  const year = Math.floor(absolute / 12);
  const month = (absolute % 12) + 1;
  // Dutch contracts usually start on the first of the month.
  return `${year}-${String(month).padStart(2, '0')}-01T00:00:00Z`;
}

export function drawEmployment(position: Position, rng: Rng): Employment {
  const role = position.department ? pickRole(position.department.roles, rng) : null;
  const tenure = tenureYears(position, rng);
  const before = position.tier === 'member' && rng.chance(0.25) ? 0 : -4 * Math.log(1 - rng.next());
  const careerYears = tenure + before + (position.tier === 'member' ? 0 : 6);
  const tenureMonths = Math.round(tenure * 12);
  const seniority = seniorityOf(position, careerYears, rng);
  return {
    role,
    seniority,
    careerYears,
    tenureMonths,
    hireDate: isoMonth(tenureMonths),
    jobTitle: titleOf(position, role, seniority),
  };
}

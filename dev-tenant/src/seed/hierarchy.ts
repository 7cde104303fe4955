import { DEPARTMENTS, DIVISIONS, type DepartmentSpec, type DivisionKey } from './data/departments';
import { Rng, itemAt } from './random';

export type Tier = 'ceo' | 'executive' | 'director' | 'manager' | 'lead' | 'member';

/** A seat in the organisation chart, before anyone is named. Indexes refer to the positions array. */
export interface Position {
  index: number;
  tier: Tier;
  department: DepartmentSpec | null;
  division: DivisionKey | null;
  managerIndex: number | null;
  team: string | null;
  /** Depth below the department director (director = 0); -1 above department level. */
  depth: number;
  directReports: number;
}

// Below this headcount an executive layer would be top-heavy: directors report straight to the CEO.
const EXECUTIVE_LAYER_MIN_PEOPLE = 60;
const DIRECTOR_SPAN: readonly [number, number] = [3, 6];

/** Splits `total` over weights, rounding by largest remainder so the parts always add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function seat(positions: Position[], fields: Omit<Position, 'index' | 'directReports'>): Position {
  // Spelled out rather than spread: one object shape for every seat keeps 100k seats fast.
  const position: Position = {
    index: positions.length,
    tier: fields.tier,
    department: fields.department,
    division: fields.division,
    managerIndex: fields.managerIndex,
    team: fields.team,
    depth: fields.depth,
    directReports: 0,
  };
  positions.push(position);
  if (fields.managerIndex !== null) itemAt(positions, fields.managerIndex).directReports++;
  return position;
}

/**
 * Fills a department breadth-first: the director takes a few team managers, each manager takes a span of
 * reports before the next one does. That yields a balanced tree whose depth grows with log(headcount).
 */
function buildDepartment(
  positions: Position[],
  department: DepartmentSpec,
  size: number,
  bossIndex: number,
  rng: Rng,
): void {
  const director = seat(positions, {
    tier: 'director',
    department,
    division: department.division,
    managerIndex: bossIndex,
    team: null,
    depth: 0,
  });
  let parent = director;
  let room = rng.int(DIRECTOR_SPAN[0], DIRECTOR_SPAN[1]);
  for (let k = 1; k < size; k++) {
    while (room === 0) {
      parent = itemAt(positions, parent.index + 1);
      room = rng.int(department.span[0], department.span[1]);
    }
    const team =
      parent.depth === 0
        ? itemAt(department.teams, parent.directReports % department.teams.length)
        : parent.team;
    seat(positions, {
      tier: 'member',
      department,
      division: department.division,
      managerIndex: parent.index,
      team,
      depth: parent.depth + 1,
    });
    room--;
  }
}

/** Tiers follow from the finished tree: whoever ended up with reports leads a team. */
function assignTiers(positions: readonly Position[]): void {
  for (const p of positions) {
    if (p.tier !== 'member' || p.directReports === 0) continue;
    p.tier = p.depth === 1 ? 'manager' : 'lead';
  }
}

export function planPositions(total: number, rng: Rng): Position[] {
  const positions: Position[] = [];
  seat(positions, {
    tier: 'ceo',
    department: null,
    division: null,
    managerIndex: null,
    team: null,
    depth: -1,
  });
  const executives = new Map<DivisionKey, number>();
  if (total >= EXECUTIVE_LAYER_MIN_PEOPLE) {
    for (const division of DIVISIONS) {
      const exec = seat(positions, {
        tier: 'executive',
        department: null,
        division: division.key,
        managerIndex: 0,
        team: null,
        depth: -1,
      });
      executives.set(division.key, exec.index);
    }
  }
  const counts = apportion(
    Math.max(0, total - positions.length),
    DEPARTMENTS.map((d) => d.weight),
  );
  DEPARTMENTS.forEach((department, i) => {
    const size = counts[i] ?? 0;
    if (size > 0) buildDepartment(positions, department, size, executives.get(department.division) ?? 0, rng);
  });
  assignTiers(positions);
  return positions.slice(0, total);
}

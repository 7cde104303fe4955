import type { DepartmentSpec } from './data/departments';
import { OFFICES, type Office } from './data/offices';
import type { Position } from './hierarchy';
import { Rng, WeightedTable } from './random';

export interface Contact {
  office: Office;
  businessPhones: string[];
  mobilePhone: string | null;
}

// Teams sit together: most people work from their manager's office, the rest from wherever their
// department has desks.
const SAME_OFFICE_AS_MANAGER = 0.6;

const officeTables = new Map<DepartmentSpec | null, WeightedTable<Office>>();

function officeTable(department: DepartmentSpec | null): WeightedTable<Office> {
  let table = officeTables.get(department);
  if (!table) {
    const bias = department?.cities ?? { 'Den Haag': 3 };
    table = new WeightedTable(
      OFFICES,
      OFFICES.map((o) => o.weight * (bias[o.city] ?? 1)),
    );
    officeTables.set(department, table);
  }
  return table;
}

/** `count` random digits, leading zeros allowed. */
const digits = (rng: Rng, count: number): string => String(rng.int(0, 10 ** count - 1)).padStart(count, '0');

/** Dutch landline in international format: +31 <area> <3> <4>, e.g. "+31 20 571 2345". */
function landline(office: Office, rng: Rng): string {
  return `+31 ${office.areaCode} ${rng.int(2, 9)}${digits(rng, 2)} ${digits(rng, 4)}`;
}

/** Dutch mobile numbers start with 06: "+31 6 1234 5678". */
function mobile(rng: Rng): string {
  return `+31 6 ${rng.int(1, 6)}${digits(rng, 3)} ${digits(rng, 4)}`;
}

export function drawContact(position: Position, managerOffice: Office | null, rng: Rng): Contact {
  const inherits =
    managerOffice !== null && position.department !== null && rng.chance(SAME_OFFICE_AS_MANAGER);
  const office = inherits && managerOffice ? managerOffice : officeTable(position.department).pick(rng);
  const inField = position.department?.key === 'field-operations';
  const leads = position.tier !== 'member';
  // Field staff often have no desk phone; people who lead others are always reachable on a mobile.
  const hasLandline = rng.chance(inField ? 0.4 : 0.88);
  const hasMobile = leads || inField || rng.chance(0.7);
  return {
    office,
    businessPhones: hasLandline ? [landline(office, rng)] : [],
    mobilePhone: hasMobile ? mobile(rng) : null,
  };
}

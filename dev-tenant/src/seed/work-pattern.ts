import type { Position } from './hierarchy';
import { Rng, WeightedTable } from './random';
import type { WorkPattern } from './types';

const WEEKDAYS = [1, 2, 3, 4, 5];
const QUARTER = 15;
const HOUR = 60;

// Part-timers in the Netherlands most often take Wednesday or Friday off.
const DAY_OFF = new WeightedTable([3, 5, 1, 2, 4], [35, 35, 20, 5, 5]);

const quarter = (minutes: number): number => Math.round(minutes / QUARTER) * QUARTER;
const clamp = (value: number, low: number, high: number): number =>
  value < low ? low : value > high ? high : value;
const share = (low: number, high: number, rng: Rng): number =>
  Math.round((low + (high - low) * rng.next()) * 100) / 100;

function officeDays(position: Position, rng: Rng): number[] {
  const leads = position.tier !== 'member';
  const roll = rng.next();
  const daysOff = roll < (leads ? 0.08 : 0.18) ? 1 : roll < (leads ? 0.09 : 0.24) ? 2 : 0;
  let days = WEEKDAYS;
  while (days.length > 5 - daysOff) {
    const off = DAY_OFF.pick(rng);
    days = days.filter((day) => day !== off);
  }
  return days === WEEKDAYS ? [...WEEKDAYS] : days;
}

function meetingShare(position: Position, rng: Rng): number {
  const key = position.department?.key;
  switch (position.tier) {
    case 'ceo':
    case 'executive':
      return share(0.6, 0.75, rng);
    case 'director':
      return share(0.5, 0.65, rng);
    case 'manager':
      return share(0.4, 0.55, rng);
    case 'lead':
      return share(0.28, 0.42, rng);
    default:
      // Agents, shop staff and technicians spend their day with customers, not in meetings.
      if (key === 'customer-service' || key === 'field-operations' || key === 'sales-consumer')
        return share(0.03, 0.1, rng);
      return share(0.1, 0.32, rng);
  }
}

/** Evening shifts (network and security operations, contact centre) and weekend rosters (shops, field). */
function shiftPattern(position: Position, rng: Rng): Omit<WorkPattern, 'meetingShare' | 'timeZone'> {
  const key = position.department?.key;
  const evening =
    key === 'network-engineering' || key === 'security' || (key === 'customer-service' && rng.chance(0.5));
  if (evening) {
    const start = 14 * HOUR + QUARTER * rng.int(0, 4);
    return { workDays: [...WEEKDAYS], startMinute: start, endMinute: start + 8 * HOUR + QUARTER };
  }
  const start = (key === 'field-operations' ? 7 * HOUR : 9 * HOUR) + QUARTER * rng.int(0, 2);
  const workDays = rng.chance(0.5) ? [0, 3, 4, 5, 6] : [2, 3, 4, 5, 6];
  return { workDays, startMinute: start, endMinute: start + 8 * HOUR + 30 };
}

function officePattern(position: Position, rng: Rng): Omit<WorkPattern, 'meetingShare' | 'timeZone'> {
  const field = position.department?.key === 'field-operations';
  const lateStarter = rng.chance(0.05);
  const mean = field ? 7.25 * HOUR : lateStarter ? 10.25 * HOUR : 8.5 * HOUR;
  const start = quarter(clamp(rng.normal(mean, lateStarter ? 15 : 35), 6.5 * HOUR, 11 * HOUR));
  const length = (position.tier === 'member' ? 8.5 : 9.5) * HOUR + QUARTER * rng.int(-1, 2);
  return {
    workDays: officeDays(position, rng),
    startMinute: start,
    endMinute: Math.min(start + length, 23 * HOUR),
  };
}

export function drawWorkPattern(position: Position, rng: Rng): WorkPattern {
  const onShift = position.tier === 'member' && rng.chance(position.department?.shifts ?? 0);
  const hours = onShift ? shiftPattern(position, rng) : officePattern(position, rng);
  // Built field by field: object spread is markedly slower on Node 20 and this runs once per person.
  return {
    workDays: hours.workDays,
    startMinute: hours.startMinute,
    endMinute: hours.endMinute,
    meetingShare: meetingShare(position, rng),
    timeZone: 'Europe/Amsterdam',
  };
}

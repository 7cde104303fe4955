import { combine, hashString, unitInterval } from './hash';
import type { WorkPattern } from './types';

// Values from Microsoft Graph's presence resource (graph-facts.md, "Presence").
export type PresenceAvailability =
  | 'Available'
  | 'AvailableIdle'
  | 'Away'
  | 'BeRightBack'
  | 'Busy'
  | 'BusyIdle'
  | 'DoNotDisturb'
  | 'Offline'
  | 'PresenceUnknown';
export type PresenceActivity =
  | 'Available'
  | 'Away'
  | 'BeRightBack'
  | 'Busy'
  | 'DoNotDisturb'
  | 'InACall'
  | 'InAConferenceCall'
  | 'Inactive'
  | 'InAMeeting'
  | 'Offline'
  | 'OffWork'
  | 'OutOfOffice'
  | 'PresenceUnknown'
  | 'Presenting'
  | 'UrgentInterruptionsOnly';

export interface SimulatedPresence {
  availability: PresenceAvailability;
  activity: PresenceActivity;
}

const SLOT_MS = 15 * 60 * 1000;
/** Sick days and leave: on these working days the person never signs in. */
const ABSENCE_RATE = 0.04;
const LUNCH_START = 12 * 60;
const LUNCH_END = 13 * 60;

// Salts keep the independent decisions (absence, meetings, other states) uncorrelated for one person.
const SALT = {
  absence: 1,
  startJitter: 2,
  endJitter: 3,
  meeting: 4,
  presenting: 5,
  lunch: 6,
  other: 7,
} as const;

// One formatter for all calls: constructing Intl.DateTimeFormat is far costlier than using it.
const AMSTERDAM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

interface LocalTime {
  weekday: number;
  minuteOfDay: number;
  /** yyyymmdd as a number, to key per-day decisions. */
  day: number;
}

// Amsterdam's UTC offset only changes on whole UTC hours (DST switches at 01:00 UTC), so one Intl lookup
// per UTC hour suffices. formatToParts costs tens of microseconds; a presence batch asks for 650 people.
const offsetByHour = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 4096;

function offsetMinutes(utcHour: number): number {
  const cached = offsetByHour.get(utcHour);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of AMSTERDAM.formatToParts(new Date(utcHour * HOUR_MS)))
    parts[part.type] = Number(part.value);
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  const offset = (Date.UTC(year, month - 1, day, hour, minute) - utcHour * HOUR_MS) / MINUTE_MS;
  if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
  offsetByHour.set(utcHour, offset);
  return offset;
}

function amsterdamTime(at: Date): LocalTime {
  const utc = at.getTime();
  // Shift by the offset and read the result with the UTC getters: that is the Amsterdam wall clock.
  const wall = new Date(utc + offsetMinutes(floorDiv(utc, HOUR_MS)) * MINUTE_MS);
  return {
    weekday: wall.getUTCDay(),
    minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    day: wall.getUTCFullYear() * 10000 + (wall.getUTCMonth() + 1) * 100 + wall.getUTCDate(),
  };
}

/** Integer division rounding down, without Math.floor (see mul32 in hash.ts); quotients stay below 2^31. */
function floorDiv(value: number, divisor: number): number {
  const quotient = value / divisor;
  const truncated = quotient | 0;
  return truncated > quotient ? truncated - 1 : truncated;
}

/** Deterministic draw in [0, 1) for a person, a moment key and a purpose. */
function draw(idHash: number, key: number, salt: number): number {
  return unitInterval(combine(combine(idHash, key), salt));
}

/** Nobody starts at exactly the same minute every day: ±10 minutes, fixed per person and day. */
function jitter(idHash: number, day: number, salt: number): number {
  return ((draw(idHash, day, salt) * 21) | 0) - 10;
}

function isSignedIn(idHash: number, pattern: WorkPattern, local: LocalTime): boolean {
  if (!pattern.workDays.includes(local.weekday)) return false;
  if (draw(idHash, local.day, SALT.absence) < ABSENCE_RATE) return false;
  const start = pattern.startMinute + jitter(idHash, local.day, SALT.startJitter);
  const end = pattern.endMinute + jitter(idHash, local.day, SALT.endJitter);
  return local.minuteOfDay >= start && local.minuteOfDay < end;
}

function duringWork(
  idHash: number,
  slot: number,
  meetingShare: number,
  minuteOfDay: number,
): SimulatedPresence {
  if (minuteOfDay >= LUNCH_START && minuteOfDay < LUNCH_END && draw(idHash, slot, SALT.lunch) < 0.45) {
    return draw(idHash, slot, SALT.other) < 0.6
      ? { availability: 'AvailableIdle', activity: 'Inactive' }
      : { availability: 'Away', activity: 'Away' };
  }
  // Meetings are booked in half hours, so the meeting decision is taken per pair of slots.
  if (draw(idHash, floorDiv(slot, 2), SALT.meeting) < meetingShare) {
    return draw(idHash, slot, SALT.presenting) < 0.08
      ? { availability: 'DoNotDisturb', activity: 'Presenting' }
      : { availability: 'Busy', activity: 'InAMeeting' };
  }
  const roll = draw(idHash, slot, SALT.other);
  if (roll < 0.07) return { availability: 'Busy', activity: 'InACall' };
  if (roll < 0.1) return { availability: 'Away', activity: 'Away' };
  if (roll < 0.13) return { availability: 'BeRightBack', activity: 'BeRightBack' };
  if (roll < 0.17) return { availability: 'AvailableIdle', activity: 'Inactive' };
  return { availability: 'Available', activity: 'Available' };
}

/**
 * What Teams would show for a seeded person at a moment, or null when no Teams client is signed in
 * (outside working hours, days off, sick). Pure: the same person and 15-minute slot always give the same
 * answer, and it changes from slot to slot like a real working day.
 */
export function simulatedPresence(
  person: { id: string; workPattern: WorkPattern },
  at: Date,
): SimulatedPresence | null {
  const idHash = hashString(person.id);
  const local = amsterdamTime(at);
  if (!isSignedIn(idHash, person.workPattern, local)) return null;
  const slot = floorDiv(at.getTime(), SLOT_MS);
  return duringWork(idHash, slot, person.workPattern.meetingShare, local.minuteOfDay);
}

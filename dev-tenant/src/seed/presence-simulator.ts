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
const SALT = { absence: 1, startJitter: 2, endJitter: 3, meeting: 4, presenting: 5, lunch: 6, other: 7 } as const;

// One formatter for all calls: constructing Intl.DateTimeFormat is far costlier than using it.
const AMSTERDAM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const WEEKDAY_INDEX: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

interface LocalTime {
  weekday: number;
  minuteOfDay: number;
  /** yyyymmdd as a number, to key per-day decisions. */
  day: number;
}

function amsterdamTime(at: Date): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of AMSTERDAM.formatToParts(at)) parts[part.type] = part.value;
  return {
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
    day: Number(`${parts.year}${parts.month}${parts.day}`),
  };
}

/** Deterministic draw in [0, 1) for a person, a moment key and a purpose. */
function draw(idHash: number, key: number, salt: number): number {
  return unitInterval(combine(combine(idHash, key), salt));
}

/** Nobody starts at exactly the same minute every day: ±10 minutes, fixed per person and day. */
function jitter(idHash: number, day: number, salt: number): number {
  return Math.floor(draw(idHash, day, salt) * 21) - 10;
}

function isSignedIn(idHash: number, pattern: WorkPattern, local: LocalTime): boolean {
  if (!pattern.workDays.includes(local.weekday)) return false;
  if (draw(idHash, local.day, SALT.absence) < ABSENCE_RATE) return false;
  const start = pattern.startMinute + jitter(idHash, local.day, SALT.startJitter);
  const end = pattern.endMinute + jitter(idHash, local.day, SALT.endJitter);
  return local.minuteOfDay >= start && local.minuteOfDay < end;
}

function duringWork(idHash: number, slot: number, meetingShare: number, minuteOfDay: number): SimulatedPresence {
  if (minuteOfDay >= LUNCH_START && minuteOfDay < LUNCH_END && draw(idHash, slot, SALT.lunch) < 0.45) {
    return draw(idHash, slot, SALT.other) < 0.6
      ? { availability: 'AvailableIdle', activity: 'Inactive' }
      : { availability: 'Away', activity: 'Away' };
  }
  // Meetings are booked in half hours, so the meeting decision is taken per pair of slots.
  if (draw(idHash, Math.floor(slot / 2), SALT.meeting) < meetingShare) {
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
export function simulatedPresence(person: { id: string; workPattern: WorkPattern }, at: Date): SimulatedPresence | null {
  const idHash = hashString(person.id);
  const local = amsterdamTime(at);
  if (!isSignedIn(idHash, person.workPattern, local)) return null;
  const slot = Math.floor(at.getTime() / SLOT_MS);
  return duringWork(idHash, slot, person.workPattern.meetingShare, local.minuteOfDay);
}

// Presence as Samen reads it, for the service (the "available now" filter) and the apps (badges, texts).

/** Graph's presence availability values (graph-facts.md, "Presence"). */
export const AVAILABILITIES = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
] as const;

export type Availability = (typeof AVAILABILITIES)[number];

const KNOWN: ReadonlySet<string> = new Set(AVAILABILITIES);

/** Graph may add availabilities: one Samen does not know reads as unknown rather than failing a page. */
export function availabilityOf(value: string): Availability {
  return KNOWN.has(value) ? (value as Availability) : 'PresenceUnknown';
}

/**
 * "Available now" means someone can be approached this minute: Available, or AvailableIdle (signed in and
 * free, away from the keyboard for a while). Busy, BusyIdle (busy by calendar, even when idle), Do not disturb,
 * Be right back, Away and Offline do not count.
 */
export const AVAILABLE_NOW: ReadonlySet<string> = new Set<Availability>(['Available', 'AvailableIdle']);

export function isAvailableNow(availability: string): boolean {
  return AVAILABLE_NOW.has(availability);
}

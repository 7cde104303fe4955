/**
 * Presence as Graph aggregates it (graph-facts.md, "Manage presence state"): every application session
 * (setPresence) contributes; a preferred presence (setUserPreferredPresence) overrides the aggregate while at
 * least one session exists; with no session the user is Offline.
 * Seeded people also have a simulated Teams client session that follows their working day.
 */
export interface PresenceValue {
  availability: string;
  activity: string;
}

export interface PresenceSession extends PresenceValue {
  sessionId: string;
  expiresAt: string;
}

export interface WorkPatternLike {
  workDays: number[];
  startMinute: number;
  endMinute: number;
  meetingShare: number;
  timeZone: string;
}

export interface PresenceRecord {
  workPattern?: WorkPatternLike;
  sessions: PresenceSession[];
  preferred?: PresenceValue & { expiresAt: string };
  sequence: number;
}

export const EMPTY_RECORD: PresenceRecord = { sessions: [], sequence: 0 };

// Most to least "present"; when sessions disagree the first one in this order wins.
const AGGREGATION_ORDER = [
  'DoNotDisturb',
  'Busy',
  'BusyIdle',
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Offline',
];

export const SESSION_COMBINATIONS: ReadonlyArray<readonly [string, string]> = [
  ['Available', 'Available'],
  ['Busy', 'InACall'],
  ['Busy', 'InAConferenceCall'],
  ['Away', 'Away'],
  ['DoNotDisturb', 'Presenting'],
];

export const PREFERRED_COMBINATIONS: ReadonlyArray<readonly [string, string]> = [
  ['Available', 'Available'],
  ['Busy', 'Busy'],
  ['DoNotDisturb', 'DoNotDisturb'],
  ['BeRightBack', 'BeRightBack'],
  ['Away', 'Away'],
  ['Offline', 'OffWork'],
];

export function liveSessions(record: PresenceRecord, now: Date): PresenceSession[] {
  return record.sessions.filter((s) => Date.parse(s.expiresAt) > now.getTime());
}

export function aggregatePresence(
  sessions: PresenceValue[],
  preferred: PresenceRecord['preferred'],
  now: Date,
): PresenceValue {
  if (sessions.length === 0) return { availability: 'Offline', activity: 'Offline' };
  if (preferred && Date.parse(preferred.expiresAt) > now.getTime()) {
    return { availability: preferred.availability, activity: preferred.activity };
  }
  const rank = (s: PresenceValue) => {
    const i = AGGREGATION_ORDER.indexOf(s.availability);
    return i < 0 ? AGGREGATION_ORDER.length : i;
  };
  const winner = [...sessions].sort((a, b) => rank(a) - rank(b))[0]!;
  return { availability: winner.availability, activity: winner.activity };
}

/** ISO 8601 durations as Graph takes them for expirationDuration (PT5M, PT1H30M, P1D). */
export function parseDurationMs(text: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, d, h, m, s] = match;
  return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 + Number(s ?? 0) * 1000;
}

import { simulatedPresence, type SeedPerson, type WorkPattern } from '../../src/seed';
import { organisation } from './helpers';

// Graph's valid availability/activity pairs for a signed-in Teams user (graph-facts.md, "Presence").
const PAIRS = new Set([
  'Available/Available',
  'AvailableIdle/Inactive',
  'Away/Away',
  'BeRightBack/BeRightBack',
  'Busy/InAMeeting',
  'Busy/InACall',
  'DoNotDisturb/Presenting',
]);

// 2025-03-11 is a Tuesday; Amsterdam is UTC+1 in March (CET), so 09:00Z is 10:00 local.
const TUESDAY_10 = new Date('2025-03-11T09:00:00Z');
const TUESDAY_22 = new Date('2025-03-11T21:00:00Z');
const SUNDAY_14 = new Date('2025-03-16T13:00:00Z');

describe('simulatedPresence', () => {
  const { people } = organisation();

  function shares(at: Date) {
    const results = people.map((p) => simulatedPresence(p, at));
    const signedIn = results.filter((r) => r !== null);
    return {
      signedIn: signedIn.length / people.length,
      available: signedIn.filter((r) => r.availability === 'Available').length / people.length,
      results,
    };
  }

  it('shows most people available on a Tuesday at 10:00', () => {
    const { signedIn, available } = shares(TUESDAY_10);
    expect(signedIn).toBeGreaterThan(0.8);
    expect(available).toBeGreaterThan(0.45);
  });

  it('shows only the evening shift at 22:00', () => {
    const { signedIn } = shares(TUESDAY_22);
    expect(signedIn).toBeGreaterThan(0);
    expect(signedIn).toBeLessThan(0.05);
  });

  it('shows few people on a Sunday afternoon', () => {
    const { signedIn } = shares(SUNDAY_14);
    expect(signedIn).toBeGreaterThan(0);
    expect(signedIn).toBeLessThan(0.08);
  });

  it('returns only valid Graph availability/activity pairs, all of them over a day', () => {
    const seen = new Set<string>();
    for (let hour = 6; hour <= 23; hour++) {
      for (const minute of [0, 15, 30, 45]) {
        const at = new Date(Date.UTC(2025, 2, 11, hour - 1, minute));
        for (const presence of shares(at).results)
          if (presence) seen.add(`${presence.availability}/${presence.activity}`);
      }
    }
    expect([...seen].filter((pair) => !PAIRS.has(pair))).toEqual([]);
    expect(seen).toEqual(PAIRS);
  });

  it('is a pure function of person and 15-minute slot', () => {
    const person = people[100] as SeedPerson;
    const at = new Date('2025-03-11T09:03:00Z');
    const sameSlot = new Date('2025-03-11T09:14:59Z');
    expect(simulatedPresence(person, at)).toEqual(simulatedPresence(person, at));
    expect(simulatedPresence(person, sameSlot)).toEqual(simulatedPresence(person, at));
  });

  it('changes over the working day', () => {
    const person = {
      id: 'b0a7c6e2-5f4d-4e1a-9c3b-2d8e7f6a5b4c',
      workPattern: pattern({ meetingShare: 0.3 }),
    };
    const day = Array.from({ length: 28 }, (_, i) =>
      simulatedPresence(person, new Date(Date.UTC(2025, 2, 11, 7, i * 15))),
    );
    expect(new Set(day.map((p) => p?.activity ?? 'signed out')).size).toBeGreaterThan(2);
  });

  it('is null outside working hours and on days off', () => {
    const person = {
      id: 'c3d2e1f0-1234-4abc-8def-0123456789ab',
      workPattern: pattern({ workDays: [1, 2, 3, 4] }),
    };
    expect(simulatedPresence(person, new Date('2025-03-11T04:00:00Z'))).toBeNull(); // 05:00 local
    expect(simulatedPresence(person, new Date('2025-03-11T19:00:00Z'))).toBeNull(); // 20:00 local
    expect(simulatedPresence(person, new Date('2025-03-14T10:00:00Z'))).toBeNull(); // Friday off
  });

  it('uses Amsterdam local time across daylight saving time', () => {
    // Work starts at 09:15 (±10 min). 07:45Z is 08:45 local in winter (CET) but 09:45 in summer (CEST).
    const person = {
      id: 'd4e5f6a7-0000-4000-8000-000000000001',
      workPattern: pattern({ startMinute: 9 * 60 + 15 }),
    };
    const winter = Array.from({ length: 10 }, (_, week) => new Date(Date.UTC(2024, 0, 2 + week * 7, 7, 45)));
    const summer = Array.from({ length: 20 }, (_, week) => new Date(Date.UTC(2024, 4, 7 + week * 7, 7, 45)));
    expect(winter.filter((at) => simulatedPresence(person, at) !== null)).toEqual([]);
    expect(summer.filter((at) => simulatedPresence(person, at) !== null).length).toBeGreaterThan(15);
  });

  it('puts people with a larger meeting share in more meetings', () => {
    const meetings = (meetingShare: number) => {
      let count = 0;
      for (let i = 0; i < 400; i++) {
        const person = { id: `person-${i}`, workPattern: pattern({ meetingShare }) };
        const presence = simulatedPresence(person, new Date(Date.UTC(2025, 2, 11, 9, (i % 4) * 15)));
        if (presence?.activity === 'InAMeeting' || presence?.activity === 'Presenting') count++;
      }
      return count;
    };
    expect(meetings(0.6)).toBeGreaterThan(meetings(0.1) * 2);
  });
});

function pattern(overrides: Partial<WorkPattern>): WorkPattern {
  return {
    workDays: [1, 2, 3, 4, 5],
    startMinute: 8 * 60,
    endMinute: 17 * 60,
    meetingShare: 0.2,
    timeZone: 'Europe/Amsterdam',
    ...overrides,
  };
}

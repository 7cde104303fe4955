// A small organisation for the conversation's tests: real profiles in core's real index, presence from a
// counting fake (one call per answer is the rule under test).
import {
  FixedClock,
  OwnWordsExpertiseIndex,
  SkillVocabulary,
  systemClock,
  type ExpertiseProfile,
  type Presence,
  type PresenceSource,
} from '@samen/core';
import { ExpertConversation, type PersonFacts } from '../../src/conversation/conversation';
import { MemoryNoticeStore } from '../../../test-support/memory-notice-store';

export interface Colleague extends Omit<ExpertiseProfile, 'jobTitle'>, PersonFacts {
  readonly availability: string;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function colleague(
  n: number,
  displayName: string,
  availability: string,
  profile: Partial<Omit<ExpertiseProfile, 'jobTitle'>> & { jobTitle?: string },
): Colleague {
  const upn = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@samendev.onmicrosoft.com`;
  return { userId: id(n), displayName, userPrincipalName: upn, jobTitle: null, availability, ...profile };
}

const KUBERNETES = ['Kubernetes', 'Docker'];

/** Eight Kubernetes people (two pages of five), two fiber people, one privacy officer. */
export const COLLEAGUES: readonly Colleague[] = [
  colleague(1, 'Anna de Vries', 'Available', {
    jobTitle: 'Glasvezelspecialist',
    department: 'Sales',
    officeLocation: 'Utrecht',
    skills: ['glasvezel', 'fiber sales', 'OTDR-metingen'],
  }),
  colleague(2, 'Bram Jansen', 'Busy', {
    jobTitle: 'Sales manager',
    department: 'Sales',
    officeLocation: 'Rotterdam',
    skills: ['fiber sales'],
  }),
  colleague(3, 'Chloé Bakker', 'Available', {
    jobTitle: 'Platform engineer',
    department: 'IT',
    skills: KUBERNETES,
  }),
  colleague(4, 'Daan Smit', 'Away', { jobTitle: 'DevOps engineer', department: 'IT', skills: KUBERNETES }),
  colleague(5, 'Eva Visser', 'Offline', {
    jobTitle: 'Cloud architect',
    department: 'IT',
    skills: KUBERNETES,
  }),
  colleague(6, 'Finn Meijer', 'DoNotDisturb', { jobTitle: 'SRE', department: 'IT', skills: KUBERNETES }),
  colleague(7, 'Gijs de Boer', 'AvailableIdle', {
    jobTitle: 'Developer',
    department: 'IT',
    skills: KUBERNETES,
  }),
  colleague(8, 'Hanna Mulder', 'BeRightBack', {
    jobTitle: 'Developer',
    department: 'IT',
    skills: KUBERNETES,
  }),
  colleague(9, 'Ilse de Groot', 'Offline', { jobTitle: 'Developer', department: 'IT', skills: KUBERNETES }),
  colleague(10, 'Joost Bos', 'Busy', { jobTitle: 'Developer', department: 'IT', skills: KUBERNETES }),
  colleague(11, 'Karin Vos', 'Available', {
    jobTitle: 'Privacy officer',
    department: 'Legal',
    skills: ['GDPR', 'DPIA'],
  }),
];

export const userIdOf = (displayName: string) =>
  COLLEAGUES.find((c) => c.displayName === displayName)!.userId;

/** Presence as Graph would answer it; every call is recorded with the ids asked for. */
export class CountingPresence implements PresenceSource {
  readonly calls: string[][] = [];
  constructor(private readonly availability: Map<string, string>) {}

  presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>> {
    this.calls.push([...userIds]);
    const answer = new Map<string, Presence>();
    for (const userId of userIds) {
      const availability = this.availability.get(userId);
      if (availability) answer.set(userId, { availability, activity: availability });
    }
    return Promise.resolve(answer);
  }

  set(userId: string, availability: string): void {
    this.availability.set(userId, availability);
  }
}

export function expertWorld(options: { failWith?: Error } = {}) {
  const index = new OwnWordsExpertiseIndex({ clock: systemClock, vocabulary: new SkillVocabulary() });
  index.upsertMany(
    COLLEAGUES.map(({ availability: _a, displayName: _d, userPrincipalName: _u, ...profile }) => profile),
  );
  const presence = new CountingPresence(new Map(COLLEAGUES.map((c) => [c.userId, c.availability])));
  const byId = new Map(COLLEAGUES.map((c) => [c.userId, c]));
  const logged: Array<{ message: string; error: unknown }> = [];
  // Notices are asked for at a fixed moment; tests move it and poll explicitly (no timers, no sleeps).
  const clock = new FixedClock('2026-12-07T09:00:00Z');
  const notices = new MemoryNoticeStore();
  const conversation = new ExpertConversation({
    index,
    presence: options.failWith ? { presenceOf: () => Promise.reject(options.failWith) } : presence,
    personOf: (userId) => byId.get(userId),
    notices: { store: notices, clock },
    newReference: () => 'REF-1234',
    log: (message, error) => logged.push({ message, error }),
  });
  return { index, presence, conversation, logged, clock, notices };
}

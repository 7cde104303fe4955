import { voteIdeaKey, voteSlotKey, type Challenge, type Idea, type Vote, type Votes } from '../../src';

/** Votes as the list keeps them: two unique keys per row, checked and written as one step per round trip. */
export class InMemoryVotes implements Votes {
  readonly rows = new Map<string, Vote>();
  private readonly byIdea = new Set<string>();

  async add(vote: Vote): Promise<'added' | 'slot-taken' | 'already-voted'> {
    await Promise.resolve(); // a round trip: concurrent votes interleave here, as requests do
    if (this.byIdea.has(voteIdeaKey(vote))) return 'already-voted';
    if (this.rows.has(voteSlotKey(vote))) return 'slot-taken';
    this.rows.set(voteSlotKey(vote), vote);
    this.byIdea.add(voteIdeaKey(vote));
    return 'added';
  }

  async remove(challengeId: string, voterId: string, ideaId: string): Promise<'removed' | 'not-found'> {
    await Promise.resolve();
    const key = voteIdeaKey({ challengeId, voterId, ideaId });
    if (!this.byIdea.delete(key)) return 'not-found';
    for (const [slotKey, vote] of this.rows)
      if (vote.voterId === voterId && vote.ideaId === ideaId && vote.challengeId === challengeId)
        this.rows.delete(slotKey);
    return 'removed';
  }

  of(voterId: string): Vote[] {
    return [...this.rows.values()].filter((vote) => vote.voterId === voterId);
  }
}

export const NOW = new Date('2026-12-07T09:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

export function aChallenge(extra: Partial<Challenge> = {}): Challenge {
  return {
    id: 'c1',
    title: 'Sneller glasvezel in de wijk',
    question: 'Hoe halveren we de tijd van aanvraag tot aansluiting?',
    context: '',
    ownerGroupId: 'group-netwerk',
    sponsorId: 'sponsor',
    voteBudget: 3,
    ideationEndsAt: days(14),
    votingEndsAt: days(21),
    phase: 'draft',
    createdBy: 'owner',
    createdAt: NOW,
    ...extra,
  };
}

export function anIdea(id: string, extra: Partial<Idea> = {}): Idea {
  return {
    id,
    challengeId: 'c1',
    title: `Idee ${id}`,
    descriptionHtml: '<p>x</p>',
    authorIds: [`author-${id}`],
    status: 'submitted',
    createdAt: NOW,
    ...extra,
  };
}

import type { Clock, Moderators } from '@samen/core';

/**
 * Who moderates, remembered for a few minutes for reading: every feed page asks (moderators see hidden posts),
 * and a Graph round trip per page for that would double the page's cost. Moderation itself asks Graph afresh
 * (`fresh`): a write is authorised on what the group says now, never on what it said five minutes ago.
 */
export class ModeratorCache {
  private readonly known = new Map<string, { readonly isModerator: boolean; readonly until: number }>();

  constructor(
    readonly fresh: Moderators,
    private readonly clock: Clock,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async isModerator(userId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const cached = this.known.get(userId);
    if (cached && cached.until > now) return cached.isModerator;
    const isModerator = await this.fresh.isModerator(userId);
    this.known.set(userId, { isModerator, until: now + this.ttlMs });
    return isModerator;
  }
}

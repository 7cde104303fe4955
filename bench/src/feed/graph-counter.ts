import type { RequestCounts } from './shared';

/** What a Graph request is for, from its URL: a feed page should show presence only. */
export function kindOf(url: string): string {
  if (url.includes('getPresencesByUserId')) return 'presence';
  if (url.includes('checkMemberGroups')) return 'moderators';
  if (url.includes('/delta') || url.includes('delta(')) return 'delta';
  if (url.includes('$batch')) return '$batch';
  return 'other';
}

/** Counts the requests a Graph client sends, by kind; `since` answers what was sent after a snapshot. */
export class GraphCounter {
  private readonly counts = new Map<string, number>();

  readonly observe = (_method: string, url: string): void => {
    const kind = kindOf(url);
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  };

  snapshot(): RequestCounts {
    return Object.fromEntries(this.counts);
  }

  since(before: RequestCounts): RequestCounts {
    const now = this.snapshot();
    const diff = Object.entries(now)
      .map(([kind, n]) => [kind, n - (before[kind] ?? 0)] as const)
      .filter(([, n]) => n > 0);
    return Object.fromEntries(diff);
  }
}

export const totalOf = (counts: RequestCounts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

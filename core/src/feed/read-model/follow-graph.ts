import type { Follow } from '../model';

interface Following {
  readonly people: Set<string>;
  readonly topics: Set<string>;
}

const NOTHING: Following = { people: new Set(), topics: new Set() };

/** Who follows whom and what. */
export class FollowGraph {
  private readonly byFollower = new Map<string, Following>();

  add(follow: Follow): void {
    let following = this.byFollower.get(follow.followerId);
    if (!following)
      this.byFollower.set(follow.followerId, (following = { people: new Set(), topics: new Set() }));
    (follow.followed.kind === 'person' ? following.people : following.topics).add(follow.followed.id);
  }

  remove(follow: Pick<Follow, 'followerId' | 'followed'>): void {
    const following = this.byFollower.get(follow.followerId);
    if (!following) return;
    (follow.followed.kind === 'person' ? following.people : following.topics).delete(follow.followed.id);
  }

  /** The live sets, for reading only. */
  sets(followerId: string): Following {
    return this.byFollower.get(followerId) ?? NOTHING;
  }

  of(followerId: string): { readonly people: readonly string[]; readonly topics: readonly string[] } {
    const following = this.sets(followerId);
    return { people: [...following.people], topics: [...following.topics] };
  }
}

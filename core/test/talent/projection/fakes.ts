import type {
  DirectoryPerson,
  DirectorySource,
  EndorsementChanges,
  EndorsementSource,
  ExpertiseIndex,
  ExpertiseProfile,
  ExpertiseSettingsChanges,
  ExpertiseSettingsSource,
  PeopleChanges,
} from '../../../src';

/**
 * The directory as Graph behaves: a set of people, the changes since the last round, and profiles that may
 * be throttled (429 after the batch's retries: reported as unread, never as gone). Reads round-trip JSON.
 */
export class FakeDirectory implements DirectorySource {
  readonly rereads: string[][] = [];
  changeRounds = 0;
  /** People whose profile reads Graph keeps throttling. */
  readonly throttled = new Set<string>();
  /** The next refreshProfiles fails as a whole (e.g. the $batch itself answered 503). */
  failNextReread = false;
  private readonly people = new Map<string, DirectoryPerson>();
  /** Whom the next delta round names; a test clears it for an edit the delta never shows. */
  changed = new Set<string>();

  constructor(people: readonly DirectoryPerson[] = []) {
    people.forEach((p) => this.people.set(p.userId, p));
  }

  /** Someone joins, or changes their profile. */
  put(person: DirectoryPerson): void {
    this.people.set(person.userId, person);
    this.changed.add(person.userId);
  }

  /** Someone leaves. */
  delete(userId: string): void {
    this.people.delete(userId);
    this.changed.add(userId);
  }

  async initial(): Promise<PeopleChanges> {
    this.changed.clear();
    return this.read([...this.people.keys()]);
  }

  async changes(): Promise<PeopleChanges> {
    this.changeRounds += 1;
    const ids = [...this.changed];
    this.changed = new Set();
    return this.read(ids);
  }

  async refreshProfiles(userIds: readonly string[]): Promise<PeopleChanges> {
    this.rereads.push([...userIds]);
    if (this.failNextReread) {
      this.failNextReread = false;
      throw new Error('POST /$batch answered 503');
    }
    return this.read(userIds);
  }

  private read(ids: readonly string[]): PeopleChanges {
    const changes = { upserted: [] as DirectoryPerson[], removed: [] as string[], unread: [] as string[] };
    for (const id of ids) {
      const person = this.people.get(id);
      if (!person) changes.removed.push(id);
      else if (this.throttled.has(id)) changes.unread.push(id);
      else changes.upserted.push(JSON.parse(JSON.stringify(person)) as DirectoryPerson);
    }
    return changes;
  }
}

/** A source of rounds: each `changes()` delivers the next queued round, then empty rounds. */
class QueuedRounds<T> {
  private readonly queued: T[] = [];

  constructor(private readonly empty: T) {}

  queue(...rounds: T[]): this {
    this.queued.push(...rounds);
    return this;
  }

  async changes(): Promise<T> {
    return this.queued.shift() ?? this.empty;
  }
}

export class FakeEndorsementSource extends QueuedRounds<EndorsementChanges> implements EndorsementSource {
  constructor() {
    super({ added: [], removed: [], malformed: [] });
  }
}

export class FakeSettingsSource
  extends QueuedRounds<ExpertiseSettingsChanges>
  implements ExpertiseSettingsSource
{
  constructor() {
    super({ upserted: [], removed: [], malformed: [], resynced: false });
  }
}

/** The index as the projection sees it: profiles by user id, and how often each was written. */
export class RecordingIndex implements Pick<ExpertiseIndex, 'upsert' | 'upsertMany' | 'remove'> {
  readonly profiles = new Map<string, ExpertiseProfile>();
  readonly upserts: string[] = [];

  upsert(profile: ExpertiseProfile): void {
    this.upserts.push(profile.userId);
    this.profiles.set(profile.userId, JSON.parse(JSON.stringify(profile)) as ExpertiseProfile);
  }

  upsertMany(profiles: Iterable<ExpertiseProfile>): void {
    for (const profile of profiles) this.upsert(profile);
  }

  remove(userId: string): void {
    this.profiles.delete(userId);
  }
}

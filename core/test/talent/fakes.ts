import type {
  Endorsement,
  Endorsements,
  OwnExpertiseChanges,
  OwnProfileWriter,
  People,
  Presence,
  PresenceSource,
} from '../../src';

/** Presence like Graph's getPresencesByUserId: one call per batch, at most 650 ids, unknown ids left out. */
export class FakePresenceSource implements PresenceSource {
  readonly calls: string[][] = [];

  constructor(private readonly presence: Readonly<Record<string, Presence['availability']>>) {}

  async presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>> {
    if (userIds.length === 0 || userIds.length > 650)
      throw new Error(`Graph rejects a batch of ${userIds.length} ids`);
    this.calls.push([...userIds]);
    const answer = new Map<string, Presence>();
    for (const id of userIds) {
      const availability = this.presence[id];
      if (availability !== undefined) answer.set(id, { availability, activity: availability });
    }
    return answer;
  }
}

/** Endorsements as the list stores them: JSON round trip, a unique key on endorser + person + skill key. */
export class InMemoryEndorsements implements Endorsements {
  private readonly rows = new Map<string, string>();

  async add(endorsement: Endorsement): Promise<'added' | 'duplicate'> {
    const key = keyOf(endorsement.endorserId, endorsement.personId, endorsement.skillKey);
    if (this.rows.has(key)) return 'duplicate';
    this.rows.set(key, JSON.stringify(endorsement));
    return 'added';
  }

  async remove(endorserId: string, personId: string, skillKey: string): Promise<'removed' | 'not-found'> {
    return this.rows.delete(keyOf(endorserId, personId, skillKey)) ? 'removed' : 'not-found';
  }

  stored(): Array<Omit<Endorsement, 'at'> & { at: string }> {
    return [...this.rows.values()].map((row) => JSON.parse(row) as Omit<Endorsement, 'at'> & { at: string });
  }
}

function keyOf(endorserId: string, personId: string, skillKey: string): string {
  return JSON.stringify([endorserId, personId, skillKey]);
}

export class FakePeople implements People {
  constructor(private readonly ids: readonly string[]) {}

  async exists(userId: string): Promise<boolean> {
    return this.ids.includes(userId);
  }
}

export class RecordingProfileWriter implements OwnProfileWriter {
  readonly updates: Array<{ userId: string; changes: OwnExpertiseChanges }> = [];

  async update(userId: string, changes: OwnExpertiseChanges): Promise<void> {
    this.updates.push({ userId, changes: JSON.parse(JSON.stringify(changes)) as OwnExpertiseChanges });
  }
}

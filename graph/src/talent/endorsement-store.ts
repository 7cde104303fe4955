import type { GraphClient } from '../graph-client';
import type { Endorsement, Endorsements, EndorsementSource } from '@samen/core';
import { z } from 'zod';
import { endorsementKey, endorsementsList } from '../lists/talent-lists';
import type { ListSchema } from '../lists/list-schema';
import { Slots } from './batched-reads';
import { ConcurrentChangeConflict, MalformedListItem } from './graph-errors';
import {
  ListItems,
  nextItemDeltaRound,
  readRow,
  readRows,
  type DeltaEntry,
  type ListRows,
  type RawItem,
} from './list-items';

/** An endorsement as stored: with the list item it lives in, which deletions in item delta name. */
export interface StoredEndorsement extends Endorsement {
  readonly itemId: string;
}

/**
 * What changed since the previous `changes()`: apply `removed`, then `added`. An edited row shows up as its old
 * version removed and its new one added. `resynced`: the delta token had expired and the list was read again
 * in full; the difference to what was delivered before is still given as removed and added.
 */
export interface EndorsementChanges {
  readonly added: StoredEndorsement[];
  readonly removed: StoredEndorsement[];
  readonly malformed: MalformedListItem[];
  readonly resynced: boolean;
}

const FIELDS = ['EndorsementKey', 'EndorserId', 'PersonId', 'SkillId', 'SkillLabel', 'EndorsedAt'] as const;

// The SkillId column holds core's skill key: a canonical skill id, or `label:` and the folded label.
const LABEL_KEY = 'label:';

/**
 * EndorsementKey for an endorser, person and skill key. A typed label may contain '|', the key's separator,
 * so '%' and '|' in the skill key are percent-encoded first: distinct skill keys still give distinct keys.
 * @throws RangeError when the key would not fit the column (255)
 */
export function endorsementKeyOf(endorserId: string, personId: string, skillKey: string): string {
  const key = endorsementKey(endorserId, personId, skillKey.replace(/%/g, '%25').replace(/\|/g, '%7C'));
  if (key.length > 255) throw new RangeError(`The endorsement key takes ${key.length} characters; 255 fit.`);
  return key;
}

function keyOf(fields: { EndorserId: string; PersonId: string; SkillId: string }): string | undefined {
  try {
    return endorsementKeyOf(fields.EndorserId, fields.PersonId, fields.SkillId);
  } catch {
    return undefined;
  }
}

const id = z.string().min(1);
const rowSchema = z
  .looseObject({
    EndorsementKey: z.string(),
    EndorserId: id,
    PersonId: id,
    SkillId: id,
    SkillLabel: z.string().min(1),
    EndorsedAt: z.iso.datetime({ offset: true }),
  })
  // A row whose key does not match its parts would let a second endorsement of the same skill in.
  .refine((row) => keyOf(row) === row.EndorsementKey.toLowerCase(), {
    message: 'EndorsementKey does not match EndorserId|PersonId|SkillId',
    path: ['EndorsementKey'],
  });

const sameEndorsement = (a: StoredEndorsement, b: StoredEndorsement) =>
  a.endorserId === b.endorserId &&
  a.personId === b.personId &&
  a.skillKey === b.skillKey &&
  a.skillLabel === b.skillLabel &&
  a.at.getTime() === b.at.getTime();

// Deleting is the only write after creation; a 412 there means the row was edited meanwhile: read it again.
const MAX_DELETE_ATTEMPTS = 3;

/**
 * Endorsements in the `Samen Endorsements` list on the hub site. SharePoint's unique EndorsementKey column is
 * the rule "one per endorser, person and skill": `add` never reads first, so concurrent requests cannot both
 * get in.
 */
export class GraphEndorsementStore implements Endorsements, EndorsementSource {
  private readonly items: ListItems;
  private deltaLink?: string;
  /** What `changes()` delivered so far, by item id: deletions in delta name only the item. */
  private readonly delivered = new Map<string, StoredEndorsement>();
  /** One `changes()` at a time: two at once would both follow the same deltaLink. */
  private readonly rounds = new Slots(1);

  constructor(client: GraphClient, location: { siteId: string; list?: ListSchema }) {
    this.items = new ListItems(client, { siteId: location.siteId, list: location.list ?? endorsementsList });
  }

  /** One request. @throws RangeError for an empty id, an id containing '|', or a key over 255 characters */
  async add(endorsement: Endorsement): Promise<'added' | 'duplicate'> {
    const { endorserId, personId, skillKey, skillLabel, at } = endorsement;
    const key = endorsementKeyOf(endorserId, personId, skillKey);
    const fields = {
      // Title is required in every list; the key keeps rows readable in SharePoint's own UI.
      Title: key,
      EndorsementKey: key,
      EndorserId: endorserId,
      PersonId: personId,
      SkillId: skillKey,
      SkillLabel: skillLabel,
      EndorsedAt: at.toISOString(),
    };
    return (await this.items.create(fields)) === 'created' ? 'added' : 'duplicate';
  }

  /**
   * Two requests: find the row by its indexed key, delete it with its ETag (a 412 means it was edited meanwhile:
   * read it again). @throws ConcurrentChangeConflict after 3 such attempts
   */
  async remove(endorserId: string, personId: string, skillKey: string): Promise<'removed' | 'not-found'> {
    const key = endorsementKeyOf(endorserId, personId, skillKey);
    for (let attempt = 1; attempt <= MAX_DELETE_ATTEMPTS; attempt += 1) {
      const [item] = await this.items.where('EndorsementKey', key, ['EndorsementKey']);
      if (!item) return 'not-found';
      const outcome = await this.items.delete(item);
      if (outcome !== 'stale') return outcome === 'deleted' ? 'removed' : 'not-found';
    }
    throw new ConcurrentChangeConflict(this.items.name, key, MAX_DELETE_ATTEMPTS);
  }

  /** Endorsements of one person (indexed PersonId), one request per 5,000. */
  async forPerson(personId: string): Promise<ListRows<StoredEndorsement>> {
    return readRows(await this.items.where('PersonId', personId, FIELDS), (item) => this.row(item));
  }

  /** Every endorsement, one request per 5,000: for building the index. */
  async all(): Promise<ListRows<StoredEndorsement>> {
    return readRows(await this.items.all(FIELDS), (item) => this.row(item));
  }

  /**
   * List item delta: the first call delivers every endorsement, later calls what changed since. One request
   * per page; an expired token (410) starts over and reports the difference.
   */
  changes(): Promise<EndorsementChanges> {
    return this.rounds.run(() => this.nextRound());
  }

  private async nextRound(): Promise<EndorsementChanges> {
    const round = await nextItemDeltaRound(this.items, this.deltaLink, this.delivered.keys());
    const changes = this.apply(round.entries, round.resynced);
    this.deltaLink = round.deltaLink;
    return changes;
  }

  private apply(entries: readonly DeltaEntry[], resynced: boolean): EndorsementChanges {
    // An item can appear more than once in a round; its last appearance is its state.
    const latest = new Map(entries.map((entry) => [entry.id, entry]));
    const changes = {
      added: [] as StoredEndorsement[],
      removed: [] as StoredEndorsement[],
      malformed: [] as MalformedListItem[],
    };
    for (const entry of latest.values()) {
      const before = this.delivered.get(entry.id);
      const now = 'deleted' in entry ? undefined : this.row(entry);
      if (now && !(now instanceof MalformedListItem) && before && sameEndorsement(before, now)) continue;
      if (before) {
        changes.removed.push(before);
        this.delivered.delete(entry.id);
      }
      if (now instanceof MalformedListItem) changes.malformed.push(now);
      else if (now) {
        changes.added.push(now);
        this.delivered.set(entry.id, now);
      }
    }
    return { ...changes, resynced };
  }

  private row(item: RawItem): StoredEndorsement | MalformedListItem {
    const row = readRow(this.items.name, item, rowSchema);
    if (row instanceof MalformedListItem) return row;
    return {
      itemId: item.id,
      endorserId: row.EndorserId,
      personId: row.PersonId,
      ...(row.SkillId.startsWith(LABEL_KEY) ? {} : { skillId: row.SkillId }),
      skillLabel: row.SkillLabel,
      skillKey: row.SkillId,
      at: new Date(row.EndorsedAt),
    };
  }
}

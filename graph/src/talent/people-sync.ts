import type { GraphClient, GraphRequestBuilder } from '../graph-client';
import type { DirectoryPerson, DirectorySource, PeopleChanges } from '@samen/core';
import { z } from 'zod';
import type { BatchOptions, BatchResponse } from '../batch';
import { BatchedReads, Slots } from './batched-reads';
import {
  GraphRequestFailed,
  MalformedGraphResponse,
  isMalformedGraphResponse,
  parseGraph,
  statusOf,
} from './graph-errors';
import { forEachPage } from './paging';

// The shapes the projection in core reads (see `DirectorySource`): a person, and one round of changes.
export type { DirectoryPerson, PeopleChanges };

export interface PeopleSyncOptions {
  /** `$batch` requests in flight at once while reading profiles (default 4). */
  readonly concurrentBatches?: number;
  /** Retries of throttled sub-requests (see `sendBatch`). */
  readonly batch?: BatchOptions;
  /**
   * Where a person whose profile Graph refused or answered malformed is named (default: the console's error).
   * Such a person is reported unread, to be read again later, so one bad profile never fails a whole round.
   */
  readonly log?: (message: string) => void;
}

const DIRECTORY = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'officeLocation',
  'accountEnabled',
] as const;
// Graph returns these only for one user at a time with $select; on a collection it answers 501 (graph-facts.md).
const PROFILE = ['skills', 'interests', 'pastProjects', 'responsibilities', 'aboutMe'] as const;

const text = z.string().nullable();
const directorySchema = z.looseObject({
  id: z.string().min(1),
  displayName: z.string(),
  userPrincipalName: z.string().min(1),
  mail: text,
  jobTitle: text,
  department: text,
  officeLocation: text,
  // Only an explicit false counts as disabled.
  accountEnabled: z.boolean().nullable().optional(),
});
type DirectoryUser = z.infer<typeof directorySchema>;

// Graph answers [] for an empty collection; null is read as "none" too, which is what it means.
const list = z
  .array(z.string())
  .nullable()
  .transform((values) => values ?? []);
const profileSchema = z.object({
  skills: list,
  interests: list,
  pastProjects: list,
  responsibilities: list,
  aboutMe: text,
});
type ProfileProperties = z.infer<typeof profileSchema>;

const removedSchema = z.looseObject({ id: z.string(), '@removed': z.looseObject({}) });

type Read = { person: DirectoryPerson } | { removed: true } | { unread: true };

// Throttled or unavailable even after sendBatch's retries: worth asking again later.
const TRANSIENT = new Set([429, 503, 504]);

function personOf(user: DirectoryUser, profile: ProfileProperties): DirectoryPerson {
  const { id, displayName, userPrincipalName, mail, jobTitle, department, officeLocation } = user;
  return {
    userId: id,
    displayName,
    userPrincipalName,
    mail,
    jobTitle,
    department,
    officeLocation,
    profile: { userId: id, jobTitle, department, officeLocation, ...profile },
  };
}

const DELTA = 'GET /users/delta';

const identified = z.looseObject({ id: z.string().min(1) });

/**
 * A delta entry: a user as they are now, gone (`@removed`, or their account disabled), or — when only their id
 * can be read — unreadable, to be logged and read again on its own. An entry without even an id fails the page.
 */
function deltaEntry(value: unknown): {
  id: string;
  state: DirectoryUser | 'removed' | MalformedGraphResponse;
} {
  const removed = removedSchema.safeParse(value);
  if (removed.success) return { id: removed.data.id, state: 'removed' };
  const id = parseGraph(identified, value, DELTA).id;
  try {
    const user = parseGraph(directorySchema, value, DELTA);
    return { id, state: user.accountEnabled === false ? 'removed' : user };
  } catch (error) {
    if (!isMalformedGraphResponse(error)) throw error;
    return { id, state: error };
  }
}

/**
 * What one GET /users/{id} in a batch tells: the body to read, or that the person is gone or unread. A refusal
 * other than throttling (403, 400, …) or a body that does not parse is one person's problem: logged with their id
 * and reported unread, so the round goes on for everyone else and they are read again later.
 */
function readOf(
  response: BatchResponse | undefined,
  id: string,
  toPerson: (body: unknown) => Read,
  log: (message: string) => void,
): Read {
  if (!response) throw new MalformedGraphResponse('POST /$batch', [`no response for the request '${id}'`]);
  // 404: the user was deleted between the delta page and this read.
  if (response.status === 404) return { removed: true };
  if (TRANSIENT.has(response.status)) return { unread: true };
  try {
    if (response.status === 200) return toPerson(response.body);
    const code = (response.body as { error?: { code?: unknown } } | undefined)?.error?.code;
    throw new GraphRequestFailed(
      `GET /users/${id}`,
      response.status,
      typeof code === 'string' ? code : undefined,
    );
  } catch (error) {
    log(`profile of ${id} left unread, to be read again: ${describe(error)}`);
    return { unread: true };
  }
}

function describe(error: unknown): string {
  if (isMalformedGraphResponse(error))
    return `${error.request} answered malformed (${error.issues.join('; ')})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps a copy of the directory's people and their declared expertise in step with Graph:
 * `initial()` reads `/users/delta` to its deltaLink, `changes()` follows the deltaLink; the profile properties
 * of each new or changed person are read through `$batch` (20 per batch, `concurrentBatches` in flight), the
 * batches starting while later delta pages are still being read.
 *
 * Round trips for N people: ceil(N / page size) delta pages (200 on the dev tenant) + ceil(N / 20) batches.
 * The deltaLink is kept only once a round succeeded as a whole; a failed round can simply be run again.
 *
 * In real Microsoft 365, profile properties live in SharePoint's user profile service, not the directory: an
 * edit of someone's skills may not surface in the directory delta at all. So the service also refreshes
 * profiles periodically with `refreshProfiles(userIds)` (e.g. a slice of everyone per interval), which reads
 * them directly.
 *
 * Rounds are queued: a `changes()` started while another round runs waits for it, so no change is lost.
 */
export class GraphPeopleSync implements DirectorySource {
  private deltaLink?: string;
  /** Everyone delivered and not removed since: what a resync compares with. */
  private readonly known = new Set<string>();
  /** One round at a time: two at once would both follow the same deltaLink. */
  private readonly rounds = new Slots(1);
  private readonly slots: Slots;

  constructor(
    private readonly client: GraphClient,
    private readonly options: PeopleSyncOptions = {},
  ) {
    this.slots = new Slots(options.concurrentBatches ?? 4);
    this.log = options.log ?? ((message) => console.error(message));
  }

  private readonly log: (message: string) => void;

  /** Everyone, from the start of the directory's delta. */
  initial(): Promise<PeopleChanges> {
    return this.rounds.run(() => this.fullRound());
  }

  /** What changed since the last round; a full round, flagged `resynced`, when the token expired (410). */
  changes(): Promise<PeopleChanges> {
    return this.rounds.run(async () => {
      if (!this.deltaLink) return { ...(await this.fullRound()), resynced: true as const };
      try {
        return await this.deltaRound(this.client.api(this.deltaLink));
      } catch (error) {
        if (statusOf(error) !== 410) throw error;
        return { ...(await this.fullRound()), resynced: true as const };
      }
    });
  }

  /** Reads these people again, directory and profile, in batches of 20: one request per 20 people. */
  refreshProfiles(userIds: readonly string[]): Promise<PeopleChanges> {
    return this.rounds.run(async () => {
      const reads = this.reads([...DIRECTORY, ...PROFILE]);
      for (const id of userIds) reads.add(id);
      const responses = await reads.finish();
      const people = new Map<string, Read>();
      for (const id of new Set(userIds)) {
        people.set(
          id,
          readOf(
            responses.get(id),
            id,
            (body) => {
              const user = parseGraph(directorySchema, body, `GET /users/${id}`);
              // A disabled account is gone for Samen, as in delta.
              if (user.accountEnabled === false) return { removed: true };
              return { person: personOf(user, parseGraph(profileSchema, body, `GET /users/${id}`)) };
            },
            this.log,
          ),
        );
      }
      return this.deliver(people);
    });
  }

  private reads(select: readonly string[]): BatchedReads {
    const url = (id: string) => `/users/${id}?$select=${select.join(',')}`;
    return new BatchedReads(this.client, url, this.slots, this.options.batch);
  }

  private async fullRound(): Promise<PeopleChanges> {
    const before = new Set(this.known);
    const changes = await this.deltaRound(this.client.api('/users/delta').select([...DIRECTORY]));
    const present = new Set([...changes.upserted.map((p) => p.userId), ...changes.unread]);
    const gone = [...before].filter((id) => !present.has(id));
    for (const id of gone) this.known.delete(id);
    // Disabled accounts are left out of a full round; only those delivered before need removing.
    const removed = changes.removed.filter((id) => before.has(id));
    return { ...changes, removed: [...new Set([...removed, ...gone])] };
  }

  /** Follows one delta round to its deltaLink, reading the profiles of those it names as the pages come in. */
  private async deltaRound(first: GraphRequestBuilder): Promise<PeopleChanges> {
    // A user can appear more than once in a round; the last appearance is their state.
    const latest = new Map<string, DirectoryUser | 'removed' | MalformedGraphResponse>();
    const profiles = this.reads(PROFILE);
    const round = await forEachPage(this.client, first, DELTA, (page) => {
      for (const value of page) {
        const user = deltaEntry(value);
        latest.set(user.id, user.state);
        if (user.state !== 'removed' && !isMalformedGraphResponse(user.state)) profiles.add(user.id);
      }
    }).catch(async (error: unknown) => {
      await profiles.finish().catch(() => undefined); // let the batches already sent settle first
      throw error;
    });
    const responses = await profiles.finish();
    if (!round.deltaLink) throw new MalformedGraphResponse(DELTA, ['the last page has no @odata.deltaLink']);
    const people = new Map<string, Read>();
    for (const [id, state] of latest) {
      if (state === 'removed') people.set(id, { removed: true });
      else if (isMalformedGraphResponse(state)) {
        this.log(`directory entry of ${id} left unread, to be read again: ${describe(state)}`);
        people.set(id, { unread: true });
      } else
        people.set(
          id,
          readOf(
            responses.get(id),
            id,
            (body) => ({ person: personOf(state, parseGraph(profileSchema, body, `GET /users/${id}`)) }),
            this.log,
          ),
        );
    }
    const changes = this.deliver(people);
    this.deltaLink = round.deltaLink;
    return changes;
  }

  private deliver(reads: Map<string, Read>): PeopleChanges {
    const changes = { upserted: [] as DirectoryPerson[], removed: [] as string[], unread: [] as string[] };
    for (const [id, read] of reads) {
      if ('person' in read) {
        changes.upserted.push(read.person);
        this.known.add(id);
      } else if ('removed' in read) {
        changes.removed.push(id);
        this.known.delete(id);
      } else changes.unread.push(id);
    }
    return changes;
  }
}

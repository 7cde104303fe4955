import type { Clock } from '../../clock';
import type { ExpertiseIndex } from '../expertise-index';
import type { Endorsement, OwnExpertiseChanges } from '../ports';
import type { ExpertiseProfile } from '../profile';
import { EndorsementCounts, type EndorsedSkill } from './endorsement-counts';
import type {
  DirectoryPerson,
  DirectorySource,
  EndorsementChanges,
  EndorsementSource,
  ExpertiseSettings,
  ExpertiseSettingsChanges,
  ExpertiseSettingsSource,
  MalformedRecord,
  PeopleChanges,
  ProjectionLog,
} from './ports';
import { DEFAULT_REREAD_POLICY, ProfileRereads, type RereadPolicy } from './profile-rereads';

export interface TalentProjectionDependencies {
  readonly directory: DirectorySource;
  readonly endorsements: EndorsementSource;
  readonly settings: ExpertiseSettingsSource;
  /** Only written: the projection upserts and removes profiles; searching is someone else's business. */
  readonly index: Pick<ExpertiseIndex, 'upsert' | 'upsertMany' | 'remove'>;
  readonly clock: Clock;
  readonly log: ProjectionLog;
  readonly rereads?: Partial<RereadPolicy>;
  /**
   * Read everyone's profile again once per `everyMs`, a slice each round of `roundMs`. In Microsoft 365 profile
   * properties live in SharePoint's profile service, and an edit of someone's skills may never show in the
   * directory's delta (graph-facts.md): without a sweep such an edit would wait for a restart. Off when absent.
   */
  readonly profileSweep?: { readonly everyMs: number; readonly roundMs: number };
}

/** An endorsement withdrawn, as the withdrawing service knows it. */
export type WithdrawnEndorsement = Pick<Endorsement, 'endorserId' | 'personId' | 'skillKey' | 'skillLabel'>;

/**
 * The Talentfinder's read model: who is who (the directory), their settings and endorsement counts, merged
 * into one `ExpertiseProfile` per person and written to the expertise index. Built from the sources at
 * `start`, kept fresh by `refresh` rounds; writes made through this service are applied at once (`after*`),
 * so the writer sees them on their next search, before the next round confirms them.
 */
export class TalentProjection {
  private readonly directory = new Map<string, DirectoryPerson>();
  private readonly settings = new Map<string, ExpertiseSettings>();
  private readonly endorsed = new EndorsementCounts();
  private readonly rereads: ProfileRereads;
  /** Whom the sweep reads next, in directory order; refilled when it runs out. */
  private sweepQueue: string[] = [];
  private syncing?: Promise<void>;

  constructor(private readonly deps: TalentProjectionDependencies) {
    this.rereads = new ProfileRereads({ ...DEFAULT_REREAD_POLICY, ...deps.rereads });
  }

  /** Everyone in the directory, by user id. */
  get people(): ReadonlyMap<string, DirectoryPerson> {
    return this.directory;
  }

  /** How many people wait for their profile to be read again. */
  get unreadProfiles(): number {
    return this.rereads.size;
  }

  settingsOf(userId: string): ExpertiseSettings | undefined {
    return this.settings.get(userId);
  }

  endorsementsOf(userId: string): EndorsedSkill[] {
    return this.endorsed.of(userId);
  }

  /** Reads everyone, every endorsement and setting, and indexes them, each person once. */
  async start(): Promise<void> {
    const [people, endorsements, settings] = await Promise.all([
      this.deps.directory.initial(),
      this.deps.endorsements.changes(),
      this.deps.settings.changes(),
    ]);
    this.applyEndorsements(endorsements);
    this.applySettings(settings);
    this.applyPeople(people);
  }

  /** One round; rounds never overlap, a call during a round waits for that round. */
  refresh(): Promise<void> {
    this.syncing ??= this.refreshOnce().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async refreshOnce(): Promise<void> {
    // Only those queued before this round: whom this round misses, the batch has just retried, so they wait.
    const due = this.rereads.due(this.deps.clock.now());
    const [people, endorsements, settings] = await Promise.all([
      this.deps.directory.changes(),
      this.deps.endorsements.changes(),
      this.deps.settings.changes(),
    ]);
    const touched = new Set([...this.applyEndorsements(endorsements), ...this.applySettings(settings)]);
    const upserted = this.applyPeople(people);
    // Those the directory round upserted were indexed with their new counts and settings already.
    for (const id of touched) if (!upserted.has(id)) this.reindex(id);
    await this.reread(due.filter((id) => this.rereads.has(id)));
    await this.sweep();
  }

  /** This round's slice of everyone, read again (see `profileSweep`); those waiting for a re-read are skipped. */
  private async sweep(): Promise<void> {
    const sweep = this.deps.profileSweep;
    if (sweep === undefined || this.directory.size === 0) return;
    const perRound = Math.ceil((this.directory.size * sweep.roundMs) / sweep.everyMs);
    if (this.sweepQueue.length === 0) this.sweepQueue = [...this.directory.keys()];
    const slice = this.sweepQueue
      .splice(0, perRound)
      .filter((id) => this.directory.has(id) && !this.rereads.has(id));
    if (slice.length === 0) return;
    try {
      this.applyPeople(await this.deps.directory.refreshProfiles(slice));
    } catch (error) {
      // The next sweep comes round again; nobody is lost: they keep what the index has.
      this.deps.log(
        `reading ${slice.length} profiles for the sweep failed; the sweep goes on next round`,
        error,
      );
    }
  }

  /** Reads again, within this round's bound, those whose profile Graph would not give earlier. */
  private async reread(due: readonly string[]): Promise<void> {
    if (due.length === 0) return;
    try {
      this.applyPeople(await this.deps.directory.refreshProfiles(due), 'reread');
    } catch (error) {
      this.rereads.failed(due, this.deps.clock.now());
      this.deps.log(`reading ${due.length} profiles again failed; they stay queued`, error);
    }
  }

  /** Applies a directory round; answers who was (re)indexed. */
  private applyPeople(changes: PeopleChanges, origin: 'round' | 'reread' = 'round'): Set<string> {
    for (const id of changes.removed) {
      this.directory.delete(id);
      this.deps.index.remove(id);
    }
    for (const person of changes.upserted) this.directory.set(person.userId, person);
    // In one call: the first round is the whole directory, which the index reads best in bulk.
    this.deps.index.upsertMany(changes.upserted.map((person) => this.profileOf(person)));
    this.rereads.settled([...changes.removed, ...changes.upserted.map((p) => p.userId)]);
    this.queueUnread(changes.unread, origin);
    return new Set(changes.upserted.map((p) => p.userId));
  }

  private queueUnread(unread: readonly string[], origin: 'round' | 'reread'): void {
    if (unread.length === 0) return;
    const now = this.deps.clock.now();
    if (origin === 'round') this.rereads.missed(unread, now);
    else this.rereads.failed(unread, now);
    const next = this.rereads.nextDue()!.toISOString();
    this.deps.log(
      `${unread.length} profiles could not be read (throttled, unavailable, refused or malformed; each is named in the log); ` +
        `${this.rereads.size} wait to be read again, the first in the round after ${next}`,
    );
  }

  /** Applies removals, then additions; answers whose counts changed. */
  private applyEndorsements(changes: EndorsementChanges): string[] {
    this.logMalformed(changes.malformed);
    changes.removed.forEach((e) => this.endorsed.remove(e));
    changes.added.forEach((e) => this.endorsed.add(e));
    return [...changes.removed, ...changes.added].map((e) => e.personId);
  }

  /** Applies settings that differ from what is known; answers whose settings changed. */
  private applySettings(changes: ExpertiseSettingsChanges): string[] {
    this.logMalformed(changes.malformed);
    const touched = changes.removed.filter((userId) => this.settings.delete(userId));
    for (const { userId, openToQuestions, languages } of changes.upserted) {
      const settings = { openToQuestions, languages: [...languages] };
      if (sameSettings(this.settings.get(userId), settings)) continue;
      this.settings.set(userId, settings);
      touched.push(userId);
    }
    return touched;
  }

  // A row someone edited by hand must not vanish without a trace: name it, so it can be found and repaired.
  private logMalformed(malformed: readonly MalformedRecord[]): void {
    for (const row of malformed)
      this.deps.log(
        `malformed row left out: list '${row.list}', item ${row.itemId}: ${row.issues.join('; ')}`,
      );
  }

  private profileOf(person: DirectoryPerson): ExpertiseProfile {
    const settings = this.settings.get(person.userId);
    return {
      ...person.profile,
      endorsements: this.endorsed.forProfile(person.userId),
      ...(settings ? { openToQuestions: settings.openToQuestions, languages: settings.languages } : {}),
    };
  }

  private reindex(userId: string): void {
    const person = this.directory.get(userId);
    if (person) this.deps.index.upsert(this.profileOf(person));
  }

  /** After an endorsement this service stored: counted now. Answers the skill's count for that person. */
  afterEndorsement(endorsement: Endorsement): number {
    this.endorsed.add(endorsement);
    this.reindex(endorsement.personId);
    return this.endorsed.countOf(endorsement.personId, endorsement.skillKey);
  }

  afterWithdrawal(withdrawn: WithdrawnEndorsement): void {
    this.endorsed.remove(withdrawn);
    this.reindex(withdrawn.personId);
  }

  /** After the person changed their own expertise through this service. */
  afterOwnChange(userId: string, written: OwnExpertiseChanges): void {
    const person = this.directory.get(userId);
    if (person && written.skills) {
      this.directory.set(userId, { ...person, profile: { ...person.profile, skills: [...written.skills] } });
    }
    if (written.openToQuestions !== undefined || written.languages !== undefined) {
      const current = this.settings.get(userId);
      this.settings.set(userId, {
        openToQuestions: written.openToQuestions ?? current?.openToQuestions ?? false,
        languages: [...(written.languages ?? current?.languages ?? [])],
      });
    }
    this.reindex(userId);
  }
}

function sameSettings(a: ExpertiseSettings | undefined, b: ExpertiseSettings): boolean {
  return (
    a !== undefined &&
    a.openToQuestions === b.openToQuestions &&
    a.languages.length === b.languages.length &&
    a.languages.every((language, i) => language === b.languages[i])
  );
}

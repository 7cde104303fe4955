import {
  InMemoryExpertiseIndex,
  normaliseSkill,
  type Clock,
  type EndorseDependencies,
  type Endorsement,
  type ExpertiseProfile,
  type Locale,
  type OwnExpertiseChanges,
  type OwnProfileWriter,
  type PresenceSource,
  type SkillVocabulary,
} from '@samen/core';
import type {
  DirectoryPerson,
  ExpertiseSettings,
  GraphEndorsementStore,
  GraphExpertiseSettingsStore,
  GraphPeopleSync,
  PeopleChanges,
} from '@samen/graph';

export interface TalentRuntimeDeps {
  people: GraphPeopleSync;
  presence: PresenceSource;
  endorsements: GraphEndorsementStore;
  settings: GraphExpertiseSettingsStore;
  /** The writer for the caller's own profile, made from their bearer token (on-behalf-of). */
  ownWriterFor: (authorization: string) => OwnProfileWriter;
  vocabulary: SkillVocabulary;
  clock: Clock;
  log: (message: string, error?: unknown) => void;
}

interface SkillEndorsements {
  label: string;
  skillId?: string;
  endorsers: Set<string>;
}

export interface MyExpertise {
  id: string;
  displayName: string;
  skills: string[];
  openToQuestions: boolean;
  languages: string[];
  endorsements: Array<{ skill: string; label: string; count: number }>;
}

/**
 * The service's derived state: who is who (directory), endorsement counts and settings, and the expertise index
 * built from them. It is rebuilt from Graph at start and kept fresh with delta rounds; writes made through
 * this service are applied at once so the writer sees them on their next search.
 */
export class TalentRuntime {
  readonly index: InMemoryExpertiseIndex;
  readonly directory = new Map<string, DirectoryPerson>();
  private readonly endorsed = new Map<string, Map<string, SkillEndorsements>>();
  private readonly settingsOf = new Map<string, ExpertiseSettings>();
  private syncing?: Promise<void>;

  constructor(private readonly deps: TalentRuntimeDeps) {
    this.index = new InMemoryExpertiseIndex({ clock: deps.clock, vocabulary: deps.vocabulary });
  }

  get vocabulary(): SkillVocabulary {
    return this.deps.vocabulary;
  }

  get presence(): PresenceSource {
    return this.deps.presence;
  }

  get endorseDeps(): EndorseDependencies {
    const people = { exists: (id: string) => Promise.resolve(this.directory.has(id)) };
    return {
      endorsements: this.deps.endorsements,
      people,
      vocabulary: this.vocabulary,
      clock: this.deps.clock,
    };
  }

  /** Reads everyone, all endorsements and settings, and indexes them. */
  async start(): Promise<void> {
    const [people, endorsements, settings] = await Promise.all([
      this.deps.people.initial(),
      this.deps.endorsements.changes(),
      this.deps.settings.all(),
    ]);
    endorsements.added.forEach((e) => this.count(e, 'added'));
    settings.rows.forEach((s) => this.settingsOf.set(s.userId, s));
    this.applyPeople(people);
  }

  /** One delta round; rounds never overlap, a call during a round waits for that round. */
  refresh(): Promise<void> {
    this.syncing ??= this.refreshOnce().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async refreshOnce(): Promise<void> {
    const [people, endorsements, settings] = await Promise.all([
      this.deps.people.changes(),
      this.deps.endorsements.changes(),
      this.deps.settings.all(),
    ]);
    const touched = new Set<string>();
    endorsements.removed.forEach((e) => touched.add(this.count(e, 'removed')));
    endorsements.added.forEach((e) => touched.add(this.count(e, 'added')));
    for (const s of settings.rows) {
      if (JSON.stringify(this.settingsOf.get(s.userId)) === JSON.stringify(s)) continue;
      this.settingsOf.set(s.userId, s);
      touched.add(s.userId);
    }
    this.applyPeople(people);
    touched.forEach((id) => this.reindex(id));
  }

  private applyPeople(changes: PeopleChanges): void {
    changes.removed.forEach((id) => {
      this.directory.delete(id);
      this.index.remove(id);
    });
    for (const person of changes.upserted) {
      this.directory.set(person.userId, person);
      this.reindex(person.userId);
    }
  }

  /** Adds or takes away one endorsement from the counts; answers whose counts changed. */
  private count(
    e: Pick<Endorsement, 'endorserId' | 'personId' | 'skillKey' | 'skillLabel' | 'skillId'>,
    change: 'added' | 'removed',
  ): string {
    const skills = this.endorsed.get(e.personId) ?? new Map<string, SkillEndorsements>();
    const entry = skills.get(e.skillKey) ?? {
      label: e.skillLabel,
      ...(e.skillId ? { skillId: e.skillId } : {}),
      endorsers: new Set(),
    };
    if (change === 'added') entry.endorsers.add(e.endorserId);
    else entry.endorsers.delete(e.endorserId);
    if (entry.endorsers.size === 0) skills.delete(e.skillKey);
    else skills.set(e.skillKey, entry);
    this.endorsed.set(e.personId, skills);
    return e.personId;
  }

  private profileOf(person: DirectoryPerson): ExpertiseProfile {
    const settings = this.settingsOf.get(person.userId);
    const endorsements = [...(this.endorsed.get(person.userId)?.values() ?? [])].map((e) => ({
      skill: e.skillId ?? e.label,
      count: e.endorsers.size,
    }));
    return {
      ...person.profile,
      endorsements,
      ...(settings ? { openToQuestions: settings.openToQuestions, languages: settings.languages } : {}),
    };
  }

  private reindex(userId: string): void {
    const person = this.directory.get(userId);
    if (person) this.index.upsert(this.profileOf(person));
  }

  /** After an endorsement this service stored: counted now, before the next delta round confirms it. */
  afterEndorsement(endorsement: Endorsement): number {
    this.reindex(this.count(endorsement, 'added'));
    return this.endorsed.get(endorsement.personId)?.get(endorsement.skillKey)?.endorsers.size ?? 0;
  }

  afterWithdrawal(endorserId: string, personId: string, typedSkill: string): void {
    const skill = normaliseSkill(this.vocabulary, typedSkill);
    this.count({ endorserId, personId, skillKey: skill.key, skillLabel: skill.label }, 'removed');
    this.reindex(personId);
  }

  afterOwnChange(userId: string, written: OwnExpertiseChanges): void {
    const person = this.directory.get(userId);
    if (person && written.skills) {
      this.directory.set(userId, { ...person, profile: { ...person.profile, skills: [...written.skills] } });
    }
    if (written.openToQuestions !== undefined || written.languages !== undefined) {
      const current = this.settingsOf.get(userId);
      this.settingsOf.set(userId, {
        openToQuestions: written.openToQuestions ?? current?.openToQuestions ?? false,
        languages: written.languages ?? current?.languages ?? [],
      });
    }
    this.reindex(userId);
  }

  ownProfileWriter(authorization: string): OwnProfileWriter {
    return this.deps.ownWriterFor(authorization);
  }

  labelOf(endorsement: Pick<Endorsement, 'skillId' | 'skillLabel'>, locale: Locale): string {
    return (
      (endorsement.skillId && this.vocabulary.label(endorsement.skillId, locale)) || endorsement.skillLabel
    );
  }

  myExpertise(userId: string, locale: Locale): MyExpertise | undefined {
    const person = this.directory.get(userId);
    if (!person) return undefined;
    const settings = this.settingsOf.get(userId);
    const endorsements = [...(this.endorsed.get(userId)?.entries() ?? [])].map(([key, e]) => ({
      skill: key,
      label: this.labelOf({ skillLabel: e.label, ...(e.skillId ? { skillId: e.skillId } : {}) }, locale),
      count: e.endorsers.size,
    }));
    return {
      id: userId,
      displayName: person.displayName,
      skills: [...(person.profile.skills ?? [])],
      openToQuestions: settings?.openToQuestions ?? false,
      languages: [...(settings?.languages ?? [])],
      endorsements: endorsements.sort((a, b) => b.count - a.count),
    };
  }
}

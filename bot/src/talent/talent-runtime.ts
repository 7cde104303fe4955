import {
  normaliseSkill,
  type Clock,
  type DirectoryPerson,
  type EndorseDependencies,
  type Endorsement,
  type Endorsements,
  type ExpertiseIndex,
  type Locale,
  type OwnExpertiseChanges,
  type OwnProfileWriter,
  type PresenceSource,
  type SkillVocabulary,
  type TalentProjection,
} from '@samen/core';

export interface TalentRuntimeDeps {
  /** The read model: directory, settings and endorsement counts, written into `index`. */
  projection: TalentProjection;
  /** The index the projection writes, searched by the API. */
  index: ExpertiseIndex;
  presence: PresenceSource;
  endorsements: Endorsements;
  /** The writer for the caller's own profile, made from their bearer token (on-behalf-of). */
  ownWriterFor: (authorization: string) => OwnProfileWriter;
  vocabulary: SkillVocabulary;
  clock: Clock;
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
 * What the HTTP API needs, in one place: the index to search, the projection that keeps it fresh (core's
 * `TalentProjection`), and the ports of the use cases. It holds no state of its own.
 */
export class TalentRuntime {
  constructor(private readonly deps: TalentRuntimeDeps) {}

  get index(): ExpertiseIndex {
    return this.deps.index;
  }

  get directory(): ReadonlyMap<string, DirectoryPerson> {
    return this.deps.projection.people;
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
  start(): Promise<void> {
    return this.deps.projection.start();
  }

  /** One delta round; rounds never overlap, a call during a round waits for that round. */
  refresh(): Promise<void> {
    return this.deps.projection.refresh();
  }

  /** After an endorsement this service stored: counted now, before the next delta round confirms it. */
  afterEndorsement(endorsement: Endorsement): number {
    return this.deps.projection.afterEndorsement(endorsement);
  }

  afterWithdrawal(endorserId: string, personId: string, typedSkill: string): void {
    const skill = normaliseSkill(this.vocabulary, typedSkill);
    this.deps.projection.afterWithdrawal({
      endorserId,
      personId,
      skillKey: skill.key,
      skillLabel: skill.label,
    });
  }

  afterOwnChange(userId: string, written: OwnExpertiseChanges): void {
    this.deps.projection.afterOwnChange(userId, written);
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
    const settings = this.deps.projection.settingsOf(userId);
    const endorsements = this.deps.projection.endorsementsOf(userId).map((e) => ({
      skill: e.key,
      label: this.labelOf({ skillLabel: e.label, ...(e.skillId ? { skillId: e.skillId } : {}) }, locale),
      count: e.count,
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

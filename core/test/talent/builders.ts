import type { Contribution, ContributionKind, ExpertiseProfile, SkillEndorsementCount } from '../../src';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A profile builder: `aPerson('ana').withSkills('Kubernetes').endorsedFor('kubernetes', 4).build()`. */
export class PersonBuilder {
  private readonly profile: Mutable<ExpertiseProfile>;

  constructor(userId: string) {
    this.profile = { userId };
  }

  withTitle(jobTitle: string): this {
    this.profile.jobTitle = jobTitle;
    return this;
  }

  inDepartment(department: string): this {
    this.profile.department = department;
    return this;
  }

  at(officeLocation: string): this {
    this.profile.officeLocation = officeLocation;
    return this;
  }

  withSkills(...skills: string[]): this {
    this.profile.skills = [...(this.profile.skills ?? []), ...skills];
    return this;
  }

  withInterests(...interests: string[]): this {
    this.profile.interests = interests;
    return this;
  }

  withPastProjects(...projects: string[]): this {
    this.profile.pastProjects = projects;
    return this;
  }

  withResponsibilities(...responsibilities: string[]): this {
    this.profile.responsibilities = responsibilities;
    return this;
  }

  about(aboutMe: string): this {
    this.profile.aboutMe = aboutMe;
    return this;
  }

  speaking(...languages: string[]): this {
    this.profile.languages = languages;
    return this;
  }

  openToQuestions(open = true): this {
    this.profile.openToQuestions = open;
    return this;
  }

  endorsedFor(skill: string, count: number): this {
    const endorsements: SkillEndorsementCount[] = [...(this.profile.endorsements ?? []), { skill, count }];
    this.profile.endorsements = endorsements;
    return this;
  }

  /** `count` contributions of a kind on a topic, the newest at `at`, one day apart. */
  contributed(
    kind: ContributionKind,
    count: number,
    topic: { skillIds?: string[]; topic?: string },
    at: string,
  ): this {
    const start = new Date(at).getTime();
    const added: Contribution[] = Array.from({ length: count }, (_, i) => ({
      kind,
      ...topic,
      at: new Date(start - i * 86_400_000),
    }));
    this.profile.contributions = [...(this.profile.contributions ?? []), ...added];
    return this;
  }

  build(): ExpertiseProfile {
    return { ...this.profile };
  }
}

export function aPerson(userId: string): PersonBuilder {
  return new PersonBuilder(userId);
}

/** A small deterministic pseudo-random generator (no Math.random, so runs repeat). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  next(): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4_294_967_296;
  }

  int(low: number, high: number): number {
    return low + ((this.next() * (high - low + 1)) | 0);
  }

  pick<T>(items: readonly T[]): T {
    return items[(this.next() * items.length) | 0] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

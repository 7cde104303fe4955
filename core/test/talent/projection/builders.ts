import type { DirectoryPerson, Endorsement, StoredExpertiseSettings } from '../../../src';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A person as the directory delivers them: `aPerson('ana').withSkills('Kubernetes').build()`. */
export class DirectoryPersonBuilder {
  private readonly person: Mutable<DirectoryPerson>;

  constructor(userId: string) {
    this.person = {
      userId,
      displayName: userId[0]!.toUpperCase() + userId.slice(1),
      userPrincipalName: `${userId}@samen.example`,
      mail: `${userId}@samen.example`,
      jobTitle: null,
      department: null,
      officeLocation: null,
      profile: { userId, jobTitle: null, department: null, officeLocation: null, skills: [] },
    };
  }

  withTitle(jobTitle: string): this {
    this.person.jobTitle = jobTitle;
    this.person.profile = { ...this.person.profile, jobTitle };
    return this;
  }

  withSkills(...skills: string[]): this {
    this.person.profile = { ...this.person.profile, skills };
    return this;
  }

  build(): DirectoryPerson {
    return JSON.parse(JSON.stringify(this.person)) as DirectoryPerson;
  }
}

export const aPerson = (userId: string) => new DirectoryPersonBuilder(userId);

/** `anEndorsement('kubernetes').by('bram').of('ana')`; an unknown skill: `anEndorsement().typed('Carillon')`. */
export class EndorsementBuilder {
  private endorsement: Mutable<Endorsement>;

  constructor(skillId?: string) {
    this.endorsement = {
      endorserId: 'bram',
      personId: 'ana',
      ...(skillId ? { skillId } : {}),
      skillLabel: skillId ?? 'Carillon',
      skillKey: skillId ?? 'label:carillon',
      at: new Date('2026-11-26T09:00:00Z'),
    };
  }

  by(endorserId: string): this {
    this.endorsement.endorserId = endorserId;
    return this;
  }

  of(personId: string): this {
    this.endorsement.personId = personId;
    return this;
  }

  labelled(skillLabel: string): this {
    this.endorsement.skillLabel = skillLabel;
    return this;
  }

  typed(label: string): this {
    const { skillId: _dropped, ...rest } = this.endorsement;
    this.endorsement = { ...rest, skillLabel: label, skillKey: `label:${label.toLowerCase()}` };
    return this;
  }

  build(): Endorsement {
    return { ...this.endorsement };
  }
}

export const anEndorsement = (skillId?: string) => new EndorsementBuilder(skillId);

export const settingsOf = (
  userId: string,
  openToQuestions: boolean,
  ...languages: string[]
): StoredExpertiseSettings => ({ userId, openToQuestions, languages });

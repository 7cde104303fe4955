import type { Endorsement } from '../ports';
import type { SkillEndorsementCount } from '../profile';

/** One skill of one person and who endorsed it. */
export interface EndorsedSkill {
  /** The skill key endorsements are unique by: a canonical skill id, or `label:` and the folded label. */
  readonly key: string;
  readonly label: string;
  readonly skillId?: string;
  readonly count: number;
}

type Counted = Pick<Endorsement, 'endorserId' | 'personId' | 'skillKey' | 'skillLabel' | 'skillId'>;

interface Endorsers {
  label: string;
  skillId?: string;
  endorsers: Set<string>;
}

/**
 * Who endorsed which skill of whom. Counting endorsers rather than events makes applying the same change
 * twice harmless: the service counts its own writes at once, and the next delta round delivers them again.
 */
export class EndorsementCounts {
  private readonly bySkill = new Map<string, Map<string, Endorsers>>();

  add(e: Counted): void {
    const entry = this.entry(e);
    entry.endorsers.add(e.endorserId);
    this.skillsOf(e.personId).set(e.skillKey, entry);
  }

  remove(e: Counted): void {
    const skills = this.bySkill.get(e.personId);
    const entry = skills?.get(e.skillKey);
    if (!skills || !entry) return;
    entry.endorsers.delete(e.endorserId);
    if (entry.endorsers.size === 0) skills.delete(e.skillKey);
    if (skills.size === 0) this.bySkill.delete(e.personId);
  }

  /** How many endorsed this skill of this person. */
  countOf(personId: string, skillKey: string): number {
    return this.bySkill.get(personId)?.get(skillKey)?.endorsers.size ?? 0;
  }

  /** A person's endorsed skills, as keys, labels and counts. */
  of(personId: string): EndorsedSkill[] {
    return [...(this.bySkill.get(personId)?.entries() ?? [])].map(([key, e]) => ({
      key,
      label: e.label,
      ...(e.skillId ? { skillId: e.skillId } : {}),
      count: e.endorsers.size,
    }));
  }

  /** What the index weighs: the canonical skill when known, else the label as typed. */
  forProfile(personId: string): SkillEndorsementCount[] {
    return this.of(personId).map((e) => ({ skill: e.skillId ?? e.label, count: e.count }));
  }

  private skillsOf(personId: string): Map<string, Endorsers> {
    const skills = this.bySkill.get(personId) ?? new Map<string, Endorsers>();
    this.bySkill.set(personId, skills);
    return skills;
  }

  // The first endorsement of a skill names it; later ones of the same key keep that label.
  private entry(e: Counted): Endorsers {
    return (
      this.bySkill.get(e.personId)?.get(e.skillKey) ?? {
        label: e.skillLabel,
        ...(e.skillId ? { skillId: e.skillId } : {}),
        endorsers: new Set<string>(),
      }
    );
  }
}

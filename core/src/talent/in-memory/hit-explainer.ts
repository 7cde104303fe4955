import type { ExpertiseHit } from '../expertise-index';
import type { Locale } from '../locale';
import type { ContributionKind } from '../profile';
import { EVIDENCE_HORIZON_MS } from '../ranking';
import type { SkillVocabulary } from '../skill-vocabulary';
import type { MentionField, WhyPart } from '../why';
import type { ConceptStore } from './concept-store';
import {
  BROADER_BIT,
  DECLARED_BITS,
  FIELD_BIT,
  type PersonFacts,
  type ReadContribution,
} from './person-reading';
import type { PlanAlternative, QueryPlan } from './query-plan';

/** What explaining needs to know about the index. */
export interface ExplainContext {
  readonly vocabulary: SkillVocabulary;
  readonly skillCount: number;
  readonly store: ConceptStore;
  /** Current impact of a concept for a person, evidence decayed to now. */
  impactOf(doc: number, concept: number): number;
}

// Where a mention counts most, when a skill is found in several fields.
const MENTION_ORDER: readonly MentionField[] = [
  'jobTitle',
  'responsibilities',
  'pastProjects',
  'aboutMe',
  'department',
  'interests',
];
const CONTRIBUTION_ORDER: readonly ContributionKind[] = ['post', 'idea', 'comment'];

/** Builds the structured why of one hit from the index's per-person facts; nothing is read from texts again. */
export function explainHit(
  doc: number,
  facts: PersonFacts,
  plan: QueryPlan,
  score: number,
  now: number,
  context: ExplainContext,
): ExpertiseHit {
  const why = new WhyBuilder(plan.locale);
  for (const slot of plan.slots) {
    if (slot.alternatives.every((alternative) => alternative.wording === true)) continue;
    const best = bestAlternative(doc, slot.alternatives, context);
    if (best === undefined) continue;
    if (best.concept < context.skillCount) explainSkill(doc, best.concept, facts, why, context);
    else explainWord(doc, best, facts, why, context);
  }
  why.evidence(evidencePart(facts.contributions, why.evidenceSkills, now, plan.locale, context.vocabulary));
  if (facts.open) why.openToQuestions();
  return { userId: facts.userId, score, matchedSkills: why.matched(), why: why.build() };
}

function bestAlternative(doc: number, alternatives: readonly PlanAlternative[], context: ExplainContext) {
  let best: PlanAlternative | undefined;
  let bestValue = 0;
  for (const alternative of alternatives) {
    const value = alternative.weight * context.impactOf(doc, alternative.concept);
    if (value > bestValue) {
      best = alternative;
      bestValue = value;
    }
  }
  return best;
}

function explainSkill(
  doc: number,
  skill: number,
  facts: PersonFacts,
  why: WhyBuilder,
  context: ExplainContext,
): void {
  const position = context.store.find(doc, skill);
  const mask = position < 0 ? 0 : context.store.maskAt(position);
  const label = skillLabel(context.vocabulary, skill, why.locale);
  const placed =
    why.place(label, mask) || ((mask & BROADER_BIT) !== 0 && placeNarrower(doc, skill, why, context));
  if (!placed) why.other(label);
  why.endorsed(facts.endorsements.get(skill) ?? 0);
  const years = facts.years.get(skill) ?? 0;
  if (years > 0) why.experience(years, label);
  why.evidenceSkills.add(skill);
}

// Matched through a narrower skill the person has: "cloud" through Azure. Shows the narrower skills.
function placeNarrower(doc: number, skill: number, why: WhyBuilder, context: ExplainContext): boolean {
  let placed = false;
  for (const narrower of context.store.conceptsBelow(doc, context.skillCount)) {
    if (!context.vocabulary.broader(narrower).includes(skill)) continue;
    const mask = context.store.maskAt(context.store.find(doc, narrower));
    placed = why.place(skillLabel(context.vocabulary, narrower, why.locale), mask) || placed;
  }
  return placed;
}

function explainWord(
  doc: number,
  alternative: PlanAlternative,
  facts: PersonFacts,
  why: WhyBuilder,
  context: ExplainContext,
): void {
  const position = context.store.find(doc, alternative.concept);
  const mask = position < 0 ? 0 : context.store.maskAt(position);
  if ((mask & FIELD_BIT.skills) !== 0) {
    // A declared skill the vocabulary does not know: show it as the person wrote it.
    const key = wordKey(context, alternative);
    const declared = facts.unknownSkills.find((skill) =>
      context.vocabulary.analyse(skill).terms.includes(key),
    );
    if (declared !== undefined && why.place(declared, FIELD_BIT.skills)) return;
  }
  if (!why.place(alternative.text, mask & ~DECLARED_BITS)) why.other(alternative.text);
}

function wordKey(context: ExplainContext, alternative: PlanAlternative): string {
  return context.vocabulary.analyse(alternative.text).terms[0] ?? alternative.text;
}

function skillLabel(vocabulary: SkillVocabulary, skill: number, locale: Locale): string {
  const definition = vocabulary.skillAt(skill);
  return locale === 'nl-NL' ? definition.nl : definition.en;
}

class WhyBuilder {
  readonly evidenceSkills = new Set<number>();
  private evidencePart: WhyPart | undefined;
  private open = false;
  private readonly declared: string[] = [];
  private readonly mentioned = new Map<MentionField, string[]>();
  private readonly others: string[] = [];
  private endorsements = 0;
  private years = 0;
  private yearsLabel = '';

  constructor(readonly locale: Locale) {}

  /** Files a label under declared skills or the field that mentions it; false when the mask names neither. */
  place(label: string, mask: number): boolean {
    if ((mask & DECLARED_BITS) !== 0) {
      pushUnique(this.declared, label);
      return true;
    }
    const field = MENTION_ORDER.find((name) => (mask & FIELD_BIT[name]) !== 0);
    if (field === undefined) return false;
    const labels = this.mentioned.get(field) ?? [];
    pushUnique(labels, label);
    this.mentioned.set(field, labels);
    return true;
  }

  openToQuestions(): void {
    this.open = true;
  }

  /** A matched label known only from endorsements or contributions. */
  other(label: string): void {
    pushUnique(this.others, label);
  }

  endorsed(count: number): void {
    if (count > this.endorsements) this.endorsements = count;
  }

  experience(years: number, label: string): void {
    if (years > this.years) {
      this.years = years;
      this.yearsLabel = label;
    }
  }

  evidence(part: WhyPart | undefined): void {
    this.evidencePart = part;
  }

  matched(): string[] {
    const all: string[] = [];
    for (const label of this.declared) pushUnique(all, label);
    for (const field of MENTION_ORDER)
      for (const label of this.mentioned.get(field) ?? []) pushUnique(all, label);
    for (const label of this.others) pushUnique(all, label);
    return all;
  }

  build(): WhyPart[] {
    const parts: WhyPart[] = [];
    if (this.declared.length > 0) parts.push({ kind: 'skills', labels: this.declared });
    for (const field of MENTION_ORDER) {
      const labels = this.mentioned.get(field);
      if (labels !== undefined) parts.push({ kind: 'mentioned', field, labels });
    }
    if (this.years > 0) parts.push({ kind: 'experience', years: this.years, label: this.yearsLabel });
    if (this.endorsements > 0) parts.push({ kind: 'endorsed', count: this.endorsements });
    if (this.evidencePart !== undefined) parts.push(this.evidencePart);
    if (this.open) parts.push({ kind: 'openToQuestions' });
    return parts;
  }
}

/**
 * "wrote 3 posts on #k8s": recent contributions on the matched skills, of the kind there are most of (posts
 * before ideas before comments on a tie), with their most common topic as written, else the skill's label.
 */
function evidencePart(
  contributions: readonly ReadContribution[],
  skills: ReadonlySet<number>,
  now: number,
  locale: Locale,
  vocabulary: SkillVocabulary,
): WhyPart | undefined {
  const recent = contributions.filter(
    (c) => c.at >= now - EVIDENCE_HORIZON_MS && c.skills.some((skill) => skills.has(skill)),
  );
  let kind: ContributionKind | undefined;
  let most = 0;
  for (const candidate of CONTRIBUTION_ORDER) {
    const count = recent.filter((c) => c.kind === candidate).length;
    if (count > most) {
      kind = candidate;
      most = count;
    }
  }
  if (kind === undefined) return undefined;
  const ofKind = recent.filter((c) => c.kind === kind);
  const skill = ofKind[0]?.skills.find((s) => skills.has(s));
  const fallback = skill === undefined ? '' : skillLabel(vocabulary, skill, locale);
  const topic = mostCommon(ofKind.map((c) => c.topic).filter((t) => t !== '')) ?? fallback;
  return { kind: 'evidence', contribution: kind, count: most, topic };
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

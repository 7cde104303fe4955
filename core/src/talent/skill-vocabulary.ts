import MiniSearch from 'minisearch';
import type { Locale } from './locale';
import { SKILL_ALIASES, type SkillDefinition } from './skill-aliases';
import { editDistance } from './text/edit-distance';
import { isBoilerplate, isQueryNoise, isStopWord, languageHint, termKey } from './text/language';
import { cleanText, fold, words, type Word } from './text/normalise';

export type ResolutionVia = 'exact' | 'compound' | 'prefix' | 'fuzzy';

/** A canonical skill read from a piece of text, and how sure the reading is. */
export interface SkillResolution {
  readonly skillId: string;
  /** 1 for a known name or alias; less for part of a compound word, a prefix or a typo. */
  readonly confidence: number;
  readonly via: ResolutionVia;
  /** The words it was read from, folded. */
  readonly text: string;
}

export interface SkillSuggestion {
  readonly skillId: string;
  /** The skill's name in the requested locale. */
  readonly label: string;
  /** The alias that matched when it was not a label, e.g. "k8s" for Kubernetes. */
  readonly matched?: string;
}

/**
 * A skill found in a text, by the vocabulary's internal skill number. Mentions that share a `slot` are
 * alternative readings of the same words ("ran" as a typo of two skills); different slots are different words.
 */
export interface SkillMention {
  readonly skill: number;
  readonly confidence: number;
  readonly via: ResolutionVia;
  readonly text: string;
  readonly slot: number;
  /**
   * For a skill read from one of its aliases (not its labels): the alias's wording as a free-text key, "=hadoop".
   * Profiles and queries both carry it, so people who use the searcher's exact term rank a little higher within
   * a broad skill.
   */
  readonly wording?: string;
}

/** A word no skill matched exactly: a query may still resolve it by prefix or as a typo. */
export interface UnresolvedWord {
  readonly word: string;
  readonly key: string;
  readonly slot: number;
}

/** What a text says in the vocabulary's terms: skills, free-text term keys, and words left unresolved. */
export interface TextAnalysis {
  readonly mentions: readonly SkillMention[];
  /** Term keys (stems) of the words that carry meaning of their own, for free-text matching. */
  readonly terms: readonly string[];
  readonly unresolved: readonly UnresolvedWord[];
  /** Number of slots used; slots are 0..slots-1. */
  readonly slots: number;
  /** Positive when the words lean Dutch, negative when they lean English. */
  readonly languageLean: number;
}

export interface AnalyseOptions {
  /** Queries drop the words that say how people ask ("who knows", "wie weet"). */
  readonly query?: boolean;
}

export interface ResolveOptions {
  /** Try typo tolerance for words that match nothing exactly (default true). */
  readonly fuzzy?: boolean;
  /**
   * Tells whether a word (by term key) occurs in the searched texts; such a word is real, so it is searched as
   * itself rather than read as the start of a skill's name or as a typo.
   */
  readonly isKnownTerm?: (key: string) => boolean;
}

const COMPOUND_MIN_PART = 4;
const COMPOUND_MIN_WORD = 8;
const ANALYSIS_CACHE_LIMIT = 50_000;
const ANALYSIS_CACHE_MAX_LENGTH = 64;
// Confidence of a skill read from part of a Dutch compound word (glasvezelnetwerk → glasvezel).
const COMPOUND_CONFIDENCE = 0.8;
const MAX_PREFIX_SKILLS = 4;
const MAX_FUZZY_SKILLS = 2;

interface AliasDocument {
  readonly id: number;
  readonly text: string;
  readonly skill: number;
  readonly kind: 'en' | 'nl' | 'alias';
  readonly atoms: number;
}

/** A text's analysis while it is being read. */
interface Found {
  mentions: SkillMention[];
  terms: string[];
  unresolved: UnresolvedWord[];
  slots: number;
  languageLean: number;
}

interface PhraseMatch {
  readonly skills: readonly number[];
  readonly length: number;
  readonly lean: number;
  readonly wording: string | undefined;
}

interface Atom {
  readonly text: string;
  readonly key: string;
  readonly stop: boolean;
  readonly word: number;
  readonly firstOfWord: boolean;
}

/**
 * Samen's skill vocabulary: resolves words and phrases to canonical skills (exact after normalising and
 * stemming, then parts of Dutch compounds, then prefixes, then typos), labels skills in a locale and suggests
 * skills as people type. Built from plain data (`SKILL_ALIASES` unless told otherwise).
 */
export class SkillVocabulary {
  private readonly skills: readonly SkillDefinition[];
  private readonly byId = new Map<string, number>();
  private readonly phrases = new Map<string, number[]>();
  private readonly phraseStarts = new Set<string>();
  // +1 for a phrase only a Dutch label spells this way, -1 for an English one: "glasvezel" is a Dutch query.
  private readonly phraseLean = new Map<string, number>();
  private readonly labelKeys = new Set<string>();
  private readonly exactCase = new Map<string, number[]>();
  private readonly compoundParts = new Map<string, number[]>();
  private readonly languageCodes = new Map<string, number>();
  private readonly broaderOf: readonly (readonly number[])[];
  private readonly documents: AliasDocument[] = [];
  private readonly search: MiniSearch<AliasDocument>;
  private analysisCache = new Map<string, TextAnalysis>();
  private previousCache = new Map<string, TextAnalysis>();
  private readonly compoundCache = new Map<string, readonly (readonly number[])[]>();
  private maxPhraseAtoms = 1;

  constructor(definitions: readonly SkillDefinition[] = SKILL_ALIASES) {
    this.skills = definitions;
    definitions.forEach((skill, index) => {
      if (this.byId.has(skill.id)) throw new Error(`Skill id ${skill.id} is defined twice`);
      this.byId.set(skill.id, index);
    });
    definitions.forEach((skill, index) => this.register(skill, index));
    this.broaderOf = definitions.map((skill) =>
      (skill.broader ?? []).map((id) => {
        const target = this.byId.get(id);
        if (target === undefined) throw new Error(`Skill ${skill.id} names an unknown broader skill ${id}`);
        return target;
      }),
    );
    this.search = new MiniSearch<AliasDocument>({
      fields: ['text'],
      tokenize: atomsOf,
      processTerm: (term) => term,
      searchOptions: { tokenize: atomsOf, processTerm: (term) => term },
    });
    this.search.addAll(this.documents);
  }

  /** Number of canonical skills. */
  get size(): number {
    return this.skills.length;
  }

  has(skillId: string): boolean {
    return this.byId.has(skillId);
  }

  definition(skillId: string): SkillDefinition | undefined {
    const index = this.byId.get(skillId);
    return index === undefined ? undefined : this.skills[index];
  }

  label(skillId: string, locale: Locale): string | undefined {
    const skill = this.definition(skillId);
    return skill && (locale === 'nl-NL' ? skill.nl : skill.en);
  }

  /** Resolves every part of a text to skills: "fiber sales" → fiber, sales; "kubernets" → kubernetes (typo). */
  resolve(text: string, options: ResolveOptions = {}): SkillResolution[] {
    const analysis = this.analyse(cleanText(text), { query: true });
    const mentions = [...analysis.mentions, ...this.resolveUnresolved(analysis.unresolved, options)];
    return mentions.map((mention) => this.toResolution(mention));
  }

  /**
   * Reads a whole text as one skill name ("k8s", "Klantenservice"), or undefined when it is not exactly a known
   * skill. Used to normalise what people type as a skill: an endorsement, their own skills list.
   */
  resolveName(text: string): SkillResolution | undefined {
    const analysis = this.analyse(cleanText(text));
    const first = analysis.mentions[0];
    if (first === undefined || analysis.slots !== 1 || analysis.unresolved.length > 0) return undefined;
    return first.via === 'exact' ? this.toResolution(first) : undefined;
  }

  /** The language skill for a BCP 47 tag or a language name ("nl", "Nederlands", "Dutch"). */
  resolveLanguage(text: string): string | undefined {
    const code = this.languageCodes.get(cleanText(text).toLowerCase());
    if (code !== undefined) return this.skills[code]?.id;
    const named = this.resolveName(text);
    return named && this.definition(named.skillId)?.category === 'language' ? named.skillId : undefined;
  }

  /**
   * Skills for the search box as people type: labels in the user's locale, best first. The last word counts as
   * a prefix; earlier words must match; small typos are forgiven from five letters on.
   */
  suggest(prefix: string, locale: Locale, limit: number): SkillSuggestion[] {
    const text = cleanText(prefix);
    if (text === '' || limit <= 0) return [];
    const typed = fold(text);
    const results = this.search.search(text, {
      prefix: (_term, index, terms) => index === terms.length - 1,
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0),
      combineWith: 'AND',
    });
    const ranked = results
      .map((result) => ({ document: this.documents[result.id as number], score: result.score }))
      .filter((entry): entry is { document: AliasDocument; score: number } => entry.document !== undefined)
      .map((entry) => ({ ...entry, rank: this.suggestionRank(entry.document, locale, typed) }))
      .sort((a, b) => a.rank - b.rank || b.score - a.score);
    const seen = new Set<number>();
    const suggestions: SkillSuggestion[] = [];
    for (const { document } of ranked) {
      if (seen.has(document.skill)) continue;
      seen.add(document.skill);
      suggestions.push(this.suggestion(document, locale));
      if (suggestions.length >= limit) break;
    }
    return suggestions;
  }

  // ---- Used by the expertise index -------------------------------------------------------------------------

  /** Internal number of a skill id, stable for this vocabulary instance. */
  indexOf(skillId: string): number | undefined {
    return this.byId.get(skillId);
  }

  skillAt(index: number): SkillDefinition {
    const skill = this.skills[index];
    if (skill === undefined) throw new RangeError(`No skill number ${index}`);
    return skill;
  }

  /** Skills that the skill with this number is a kind of. */
  broader(index: number): readonly number[] {
    return this.broaderOf[index] ?? [];
  }

  /**
   * Reads a text: known skill names and aliases (longest phrase first), parts of Dutch compounds, and the free
   * words around them. Pure and cached for short texts (job titles, departments and declared skills repeat).
   */
  analyse(text: string, options: AnalyseOptions = {}): TextAnalysis {
    const cacheable = text.length <= ANALYSIS_CACHE_MAX_LENGTH;
    const cacheKey = options.query ? `?${text}` : text;
    if (!cacheable) return this.read(words(text), options.query === true);
    const cached = this.analysisCache.get(cacheKey);
    if (cached !== undefined) return cached;
    // Two generations: when the cache fills up, the previous generation is dropped and whatever is still in
    // use (job titles, departments, common skills) moves over on its next lookup.
    const analysis = this.previousCache.get(cacheKey) ?? this.read(words(text), options.query === true);
    if (this.analysisCache.size >= ANALYSIS_CACHE_LIMIT) {
      this.previousCache = this.analysisCache;
      this.analysisCache = new Map();
    }
    this.analysisCache.set(cacheKey, analysis);
    return analysis;
  }

  /** Prefix, then typo resolution for words no skill matched exactly and no searched text contains. */
  resolveUnresolved(unresolved: readonly UnresolvedWord[], options: ResolveOptions = {}): SkillMention[] {
    const mentions: SkillMention[] = [];
    for (const word of unresolved) {
      // A word people use in their profiles is searched as itself, not read as part of a name or a typo.
      if (options.isKnownTerm?.(word.key) === true) continue;
      const byPrefix = this.byPrefix(word);
      if (byPrefix.length > 0) mentions.push(...byPrefix);
      else if (options.fuzzy !== false) mentions.push(...this.byTypo(word));
    }
    return mentions;
  }

  // ---- Building -----------------------------------------------------------------------------------------------

  private register(skill: SkillDefinition, index: number): void {
    const names: Array<readonly [string, AliasDocument['kind']]> = [
      [skill.en, 'en'],
      [skill.nl, 'nl'],
      ...(skill.aliases ?? []).map((alias) => [alias, 'alias'] as const),
    ];
    const capitalsOnly = new Set(skill.exactCase ?? []);
    for (const [name, kind] of names) this.registerName(name, kind, index, capitalsOnly.has(name));
    for (const spelling of skill.exactCase ?? []) addTo(this.exactCase, spelling, index);
    for (const code of skill.codes ?? []) this.languageCodes.set(code.toLowerCase(), index);
  }

  private registerName(
    name: string,
    kind: AliasDocument['kind'],
    skill: number,
    capitalsOnly: boolean,
  ): void {
    const atoms = words(name).flatMap((word) => word.parts);
    const first = atoms[0];
    if (first === undefined) return;
    this.documents.push({ id: this.documents.length, text: name, skill, kind, atoms: atoms.length });
    // A label that is an ordinary word in lower case ("Rust", "SAFe") matches in text only as written (exactCase);
    // a name that is only a stop word would match everywhere.
    if (capitalsOnly || (atoms.length === 1 && (isStopWord(first) || first.length < 2))) return;
    const keys = atoms.map(termKey);
    const key = keys.join(' ');
    addTo(this.phrases, key, skill);
    if (kind !== 'alias') {
      this.phraseLean.set(key, (this.phraseLean.get(key) ?? 0) + (kind === 'nl' ? 1 : -1));
      this.labelKeys.add(key);
    }
    if (atoms.length > 1) {
      this.phraseStarts.add(keys[0] ?? '');
      if (atoms.length > this.maxPhraseAtoms) this.maxPhraseAtoms = atoms.length;
    } else if (first.length >= COMPOUND_MIN_PART) {
      addTo(this.compoundParts, first, skill);
    }
  }

  // ---- Reading text -------------------------------------------------------------------------------------------

  private read(wordList: readonly Word[], query: boolean): TextAnalysis {
    const atoms = toAtoms(wordList, query);
    const found: Found = { mentions: [], terms: [], unresolved: [], slots: 0, languageLean: 0 };
    for (const word of wordList) for (const part of word.parts) found.languageLean += languageHint(part);
    for (let i = 0; i < atoms.length;) {
      const match = this.matchAt(atoms, i, wordList);
      if (match !== undefined) {
        this.addMatch(found, match, atoms, i);
        i += match.length;
      } else {
        this.addWord(found, atoms[i] as Atom);
        i++;
      }
    }
    for (const word of wordList)
      if (word.parts.length > 1) found.terms.push(word.parts.map(termKey).join('-'));
    return found;
  }

  /** The longest known name starting here: a phrase, a spelling in capitals ("RAN"), or a single word. */
  private matchAt(atoms: readonly Atom[], start: number, wordList: readonly Word[]): PhraseMatch | undefined {
    const first = atoms[start] as Atom;
    const longer = this.phraseStarts.has(first.key) ? this.longerPhraseAt(atoms, start) : undefined;
    if (longer !== undefined) return longer;
    const word = first.firstOfWord ? wordList[first.word] : undefined;
    const capitals =
      word === undefined || word.original === '' ? undefined : this.exactCase.get(word.original);
    if (capitals !== undefined)
      return { skills: capitals, length: word?.parts.length ?? 1, lean: 0, wording: undefined };
    const single = first.stop ? undefined : this.phrases.get(first.key);
    return single === undefined ? undefined : this.phraseMatch(first.key, single, 1);
  }

  private longerPhraseAt(atoms: readonly Atom[], start: number): PhraseMatch | undefined {
    const longest = start + this.maxPhraseAtoms <= atoms.length ? this.maxPhraseAtoms : atoms.length - start;
    for (let length = longest; length > 1; length--) {
      let key = (atoms[start] as Atom).key;
      for (let j = start + 1; j < start + length; j++) key += ' ' + (atoms[j] as Atom).key;
      const skills = this.phrases.get(key);
      if (skills !== undefined) return this.phraseMatch(key, skills, length);
    }
    return undefined;
  }

  private addMatch(found: Found, match: PhraseMatch, atoms: readonly Atom[], start: number): void {
    const text = atoms
      .slice(start, start + match.length)
      .map((atom) => atom.text)
      .join(' ');
    for (const skill of match.skills)
      found.mentions.push(this.mention(skill, 1, 'exact', text, found.slots, match.wording));
    found.slots++;
    found.languageLean += match.lean;
    if (match.wording !== undefined) found.terms.push(match.wording);
    // The words of a longer name still count as free text ("service" in "customer service").
    if (match.length > 1) for (let j = start; j < start + match.length; j++) pushTerm(found.terms, atoms[j]);
  }

  /** A word no name starts with: free text, maybe a Dutch compound with a known part, else unresolved. */
  private addWord(found: Found, atom: Atom): void {
    if (atom.stop) return;
    pushTerm(found.terms, atom);
    const compound = atom.text.length >= COMPOUND_MIN_WORD ? this.compound(atom.text) : [];
    for (const skills of compound) {
      for (const skill of skills) {
        found.mentions.push(this.mention(skill, COMPOUND_CONFIDENCE, 'compound', atom.text, found.slots));
      }
      found.slots++;
    }
    if (compound.length === 0) found.unresolved.push({ word: atom.text, key: atom.key, slot: found.slots++ });
  }

  private phraseMatch(key: string, skills: readonly number[], length: number): PhraseMatch {
    const wording = this.labelKeys.has(key) ? undefined : `=${key}`;
    return { skills, length, lean: this.phraseLean.get(key) ?? 0, wording };
  }

  /**
   * Dutch writes compounds as one word: "glasvezelnetwerken", "netwerkbeveiligingsbeleid". A known name at the
   * start (glasvezel|netwerken) or at the end (klant|beveiliging) counts, with less confidence than the name itself.
   * Both parts are at least four letters, which keeps "protest" from meaning "test".
   */
  private compound(word: string): readonly (readonly number[])[] {
    const cached = this.compoundCache.get(word);
    if (cached !== undefined) return cached;
    const found = this.splitCompound(word);
    if (this.compoundCache.size >= ANALYSIS_CACHE_LIMIT) this.compoundCache.clear();
    this.compoundCache.set(word, found);
    return found;
  }

  private splitCompound(word: string): readonly (readonly number[])[] {
    for (let cut = word.length - COMPOUND_MIN_PART; cut >= COMPOUND_MIN_PART; cut--) {
      const head = this.compoundParts.get(word.slice(0, cut));
      if (head === undefined) continue;
      const tail = this.compoundTail(word.slice(cut));
      return tail === undefined ? [head] : [head, tail];
    }
    for (let cut = COMPOUND_MIN_PART; cut <= word.length - COMPOUND_MIN_PART; cut++) {
      const tail = this.compoundTail(word.slice(cut));
      if (tail !== undefined) return [tail];
    }
    return [];
  }

  // The rest of a compound, also after the linking letters Dutch puts between parts (beveiliging-s-beleid).
  // Only names as written count here, not stems: the stem of "management" is also that of "manager".
  private compoundTail(rest: string): readonly number[] | undefined {
    const direct = this.compoundParts.get(rest) ?? this.compoundParts.get(withoutPlural(rest));
    if (direct !== undefined || rest.length < COMPOUND_MIN_PART + 1) return direct;
    const linked = rest.startsWith('en')
      ? rest.slice(2)
      : rest.startsWith('s') || rest.startsWith('e')
        ? rest.slice(1)
        : '';
    if (linked.length < COMPOUND_MIN_PART) return undefined;
    return this.compoundParts.get(linked) ?? this.compoundParts.get(withoutPlural(linked));
  }

  // ---- Prefixes and typos -------------------------------------------------------------------------------------

  private byPrefix(word: UnresolvedWord): SkillMention[] {
    if (word.word.length < 3) return [];
    const results = this.search.search(word.word, { prefix: true, fuzzy: false });
    const best = new Map<number, number>();
    for (const result of results) {
      const document = this.documents[result.id as number];
      if (document === undefined) continue;
      for (const term of Object.keys(result.match)) {
        if (!term.startsWith(word.word)) continue;
        // A whole word of a longer name ("data" in "data science"), or the start of a word ("kuber" of kubernetes).
        const confidence =
          term.length === word.word.length
            ? 0.7
            : (0.4 + (0.3 * word.word.length) / term.length) * (document.atoms > 1 ? 0.9 : 1);
        if (confidence > (best.get(document.skill) ?? 0)) best.set(document.skill, confidence);
      }
    }
    return this.strongest(best, MAX_PREFIX_SKILLS, 0.45, 'prefix', word);
  }

  private byTypo(word: UnresolvedWord): SkillMention[] {
    const length = word.word.length;
    if (length < 5) return [];
    const max = length >= 8 ? 2 : 1;
    const results = this.search.search(word.word, { fuzzy: max, maxFuzzy: max, prefix: false });
    const best = new Map<number, number>();
    for (const result of results) {
      const document = this.documents[result.id as number];
      if (document === undefined) continue;
      for (const term of Object.keys(result.match)) {
        const distance = editDistance(word.word, term, max);
        if (distance > max) continue;
        const base = distance <= 1 ? 0.75 : 0.6;
        const confidence = document.atoms > 1 ? base * 0.9 : base;
        if (confidence > (best.get(document.skill) ?? 0)) best.set(document.skill, confidence);
      }
    }
    return this.strongest(best, MAX_FUZZY_SKILLS, 0.5, 'fuzzy', word);
  }

  private strongest(
    best: ReadonlyMap<number, number>,
    limit: number,
    floor: number,
    via: ResolutionVia,
    word: UnresolvedWord,
  ): SkillMention[] {
    const ranked = [...best.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = ranked[0]?.[1] ?? 0;
    // Readings far below the best one are noise ("ran" is the start of "Rancher" too).
    return ranked
      .filter(([, confidence]) => confidence >= floor && confidence >= top - 0.15)
      .slice(0, limit)
      .map(([skill, confidence]) => this.mention(skill, confidence, via, word.word, word.slot));
  }

  // ---- Small helpers -------------------------------------------------------------------------------------------

  private mention(
    skill: number,
    confidence: number,
    via: ResolutionVia,
    text: string,
    slot: number,
    wording?: string,
  ): SkillMention {
    return wording === undefined
      ? { skill, confidence, via, text, slot }
      : { skill, confidence, via, text, slot, wording };
  }

  private toResolution(mention: SkillMention): SkillResolution {
    return {
      skillId: this.skillAt(mention.skill).id,
      confidence: mention.confidence,
      via: mention.via,
      text: mention.text,
    };
  }

  // Lower is better: the name as typed, then names that start with what was typed (own language first, short
  // before long: "Glasvezel" before "Glasvezeluitrol"), then the rest by the search score.
  private suggestionRank(document: AliasDocument, locale: Locale, typed: string): number {
    const text = fold(document.text);
    if (text === typed) return 0;
    if (!text.startsWith(typed)) return 1000;
    const own = document.kind !== 'alias' && (document.kind === 'nl') === (locale === 'nl-NL');
    return (own ? 1 : 100) + text.length;
  }

  private suggestion(document: AliasDocument, locale: Locale): SkillSuggestion {
    const skill = this.skillAt(document.skill);
    const label = locale === 'nl-NL' ? skill.nl : skill.en;
    const isLabel = fold(document.text) === fold(skill.en) || fold(document.text) === fold(skill.nl);
    return isLabel ? { skillId: skill.id, label } : { skillId: skill.id, label, matched: document.text };
  }
}

// Dutch and English plural endings, for the parts of compounds: "netwerken" → "netwerk".
function withoutPlural(word: string): string {
  if (word.length > COMPOUND_MIN_PART + 2 && word.endsWith('en')) return word.slice(0, -2);
  if (word.length > COMPOUND_MIN_PART + 1 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function atomsOf(text: string): string[] {
  return words(text).flatMap((word) => word.parts);
}

function toAtoms(wordList: readonly Word[], query: boolean): Atom[] {
  const atoms: Atom[] = [];
  wordList.forEach((word, index) => {
    word.parts.forEach((part, p) => {
      const stop = isStopWord(part) || (query && isQueryNoise(part)) || part.length < 2;
      atoms.push({ text: part, key: termKey(part), stop, word: index, firstOfWord: p === 0 });
    });
  });
  return atoms;
}

function pushTerm(terms: string[], atom: Atom | undefined): void {
  if (atom !== undefined && !atom.stop && !isBoilerplate(atom.text)) terms.push(atom.key);
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

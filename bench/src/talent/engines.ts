// The engines the talent bench compares, behind one small shape: build from profiles, answer a query with user
// ids, best first. Samen's index as the service uses it, and MiniSearch (BM25 with prefix and fuzzy matching,
// field boosts) as the baseline a well-kept library gives for free. (The concept-first index Samen had before
// was measured beside them once, then removed: docs/architecture.md has its figures.)
import { OwnWordsExpertiseIndex, plainText, systemClock, type ExpertiseProfile } from '@samen/core';
import MiniSearch from 'minisearch';

export interface BuiltEngine {
  search(text: string, top: number): string[];
  /** Skill ids the engine read the query as (none for engines without a vocabulary). */
  readAs?(text: string): string[];
}

export interface Engine {
  readonly name: string;
  build(profiles: readonly ExpertiseProfile[]): BuiltEngine;
}

export const samenEngine: Engine = {
  name: 'Samen',
  build(profiles) {
    const index = OwnWordsExpertiseIndex.build(profiles, { clock: systemClock });
    return {
      search: (text, top) => index.search({ text, top, skip: 0 }).hits.map((hit) => hit.userId),
      readAs: (text) => index.candidates({ text }, 0).interpretation.skills.map((skill) => skill.skillId),
    };
  },
};

interface MiniDocument {
  id: string;
  skills: string;
  responsibilities: string;
  pastProjects: string;
  aboutMe: string;
  interests: string;
  jobTitle: string;
  department: string;
}

const joined = (list: readonly string[] | undefined) => (list ?? []).join(' \n ');
// Diacritics folded, as any fair setup for Dutch text does ("ideeën" = "ideeen").
const foldTerm = (term: string) =>
  term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export const ENGINES: Engine[] = [];

export const miniSearchEngine: Engine = {
  name: 'MiniSearch baseline',
  build(profiles) {
    const search = new MiniSearch<MiniDocument>({
      fields: [
        'skills',
        'responsibilities',
        'pastProjects',
        'aboutMe',
        'interests',
        'jobTitle',
        'department',
      ],
      processTerm: foldTerm,
      searchOptions: {
        boost: {
          skills: 3,
          responsibilities: 2,
          pastProjects: 2,
          aboutMe: 1,
          interests: 1,
          jobTitle: 1.5,
          department: 0.5,
        },
        prefix: true,
        fuzzy: 0.2,
        combineWith: 'OR',
        processTerm: foldTerm,
      },
    });
    search.addAll(
      profiles.map((p) => ({
        id: p.userId,
        skills: joined(p.skills),
        responsibilities: joined(p.responsibilities),
        pastProjects: joined(p.pastProjects),
        aboutMe: plainText(p.aboutMe ?? ''),
        interests: joined(p.interests),
        jobTitle: p.jobTitle ?? '',
        department: p.department ?? '',
      })),
    );
    return {
      search: (text, top) =>
        search
          .search(text)
          .slice(0, top)
          .map((r) => String(r.id)),
    };
  },
};

ENGINES.push(samenEngine, miniSearchEngine);

export function engineNamed(name: string): Engine {
  const engine = ENGINES.find((e) => e.name === name);
  if (engine === undefined) throw new Error(`No engine named ${name}`);
  return engine;
}

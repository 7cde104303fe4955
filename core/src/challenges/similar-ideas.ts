import MiniSearch from 'minisearch';
import { isStopWord, termKey } from '../talent/text/language';
import { plainText, words } from '../talent/text/normalise';
import type { Idea } from './model';

/** An idea that may say what a new one says, for the "similar ideas" hint while typing. */
export interface SimilarIdea {
  readonly id: string;
  readonly title: string;
  readonly score: number;
}

// The words of a title or description as search keys: folded, Dutch and English stems, without stop words, so
// "glasvezelaansluitingen versnellen" meets "sneller aansluiten op glasvezel".
function keys(text: string): string[] {
  return words(plainText(text))
    .flatMap((word) => (word.parts.length > 1 ? [word.whole, ...word.parts] : [word.whole]))
    .filter((word) => !isStopWord(word))
    .map(termKey);
}

/**
 * The ideas of one challenge, searched by what someone is typing, so they find the idea they were about to
 * submit again and vote for it or add to it instead. MiniSearch (the library the Talentfinder's vocabulary uses)
 * over titles (weighted double) and descriptions; merged ideas are left out, they live on in another.
 */
export class SimilarIdeas {
  private readonly index = new MiniSearch<{ id: string; title: string; description: string }>({
    fields: ['title', 'description'],
    storeFields: ['title'],
    tokenize: (text) => [...new Set(keys(text))],
    processTerm: (term) => term,
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });

  constructor(ideas: Iterable<Idea> = []) {
    for (const idea of ideas) this.put(idea);
  }

  put(idea: Idea): void {
    if (this.index.has(idea.id)) this.index.discard(idea.id);
    if (idea.status === 'merged') return;
    this.index.add({ id: idea.id, title: idea.title, description: idea.descriptionHtml });
  }

  remove(ideaId: string): void {
    if (this.index.has(ideaId)) this.index.discard(ideaId);
  }

  /** At most `top` ideas, best first, that share meaningful words with `text`; none for too little to go on. */
  similarTo(text: string, top = 5): SimilarIdea[] {
    if (keys(text).length === 0) return [];
    return this.index
      .search(text)
      .slice(0, top)
      .map((hit) => ({ id: String(hit.id), title: String(hit['title']), score: hit.score }));
  }
}

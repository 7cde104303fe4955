import type { SearchData } from './cards';

/**
 * The last search per conversation and user, so a typed "more" knows what to continue. Held in this service's
 * memory and bounded (the oldest forgotten first): with several instances "more" may land on one that does not
 * know the search, and then asks for a question; the card's "Show more" carries its search and works anywhere.
 */
export class LastSearches {
  private readonly searches = new Map<string, SearchData>();

  constructor(private readonly capacity = 10_000) {}

  get(key: string): SearchData | undefined {
    return this.searches.get(key);
  }

  set(key: string, search: SearchData): void {
    this.searches.delete(key);
    this.searches.set(key, search);
    if (this.searches.size > this.capacity) {
      const oldest = this.searches.keys().next().value;
      if (oldest !== undefined) this.searches.delete(oldest);
    }
  }
}

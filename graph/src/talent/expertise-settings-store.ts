import type { GraphClient } from '../graph-client';
import type {
  ExpertiseSettings,
  ExpertiseSettingsChanges,
  ExpertiseSettingsSource,
  StoredExpertiseSettings,
} from '@samen/core';
import { z } from 'zod';
import { expertiseSettingsList } from '../lists/talent-lists';
import type { ListSchema } from '../lists/list-schema';
import { Slots } from './batched-reads';
import { ConcurrentChangeConflict, MalformedListItem } from './graph-errors';
import {
  ListItems,
  nextItemDeltaRound,
  readRow,
  readRows,
  type DeltaEntry,
  type ListRows,
  type RawItem,
} from './list-items';

export type { ExpertiseSettings, StoredExpertiseSettings };

/** `changes()` as this store delivers it: the settings with the list item each lives in. */
export interface StoredSettingsChanges extends ExpertiseSettingsChanges {
  readonly malformed: MalformedListItem[];
}

export type SettingsWrite = 'created' | 'updated' | 'unchanged';

const FIELDS = ['UserId', 'OpenToQuestions', 'Languages'] as const;
const LANGUAGES_MAX = 255;
const SEPARATOR = ',';

// An Entra object id. A row whose UserId is a name typed in SharePoint's own UI belongs to no one.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const rowSchema = z.looseObject({
  UserId: z.string().regex(GUID, 'expected a directory object id'),
  // SharePoint leaves empty fields out of `fields`: an unset opt-in is "not opted in", no languages is none.
  OpenToQuestions: z.boolean().optional(),
  Languages: z.string().optional(),
});

const languagesOf = (text: string | undefined) =>
  (text ?? '')
    .split(SEPARATOR)
    .map((language) => language.trim())
    .filter((language) => language.length > 0);

/** @throws RangeError for an empty language, one containing ',', or more than fits the column. */
function languagesText(languages: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const language of languages.map((l) => l.trim())) {
    if (language.length === 0 || language.includes(SEPARATOR))
      throw new RangeError(`A language must be non-empty and free of '${SEPARATOR}': '${language}'.`);
    if (!seen.has(language.toLowerCase())) kept.push(language);
    seen.add(language.toLowerCase());
  }
  const text = kept.join(SEPARATOR);
  if (text.length > LANGUAGES_MAX)
    throw new RangeError(`The languages take ${text.length} characters; at most ${LANGUAGES_MAX} fit.`);
  return text;
}

const sameSettings = (a: ExpertiseSettings, b: ExpertiseSettings) =>
  a.openToQuestions === b.openToQuestions && languagesText(a.languages) === languagesText(b.languages);

const sameStored = (a: StoredExpertiseSettings, b: StoredExpertiseSettings) =>
  a.userId === b.userId && sameSettings(a, b);

/** The change a write wants to make, given what is stored now (undefined: no row yet). */
export type SettingsChange = (current: ExpertiseSettings | undefined) => ExpertiseSettings;

/**
 * Expertise settings in the `Samen Expertise Settings` list, one row per user (unique, indexed UserId).
 * Writes are upserts that never overwrite blindly: create; on 409 read the row and PATCH it with its ETag; on
 * 412 read again and redo the change on what is there now, at most `maxAttempts` times.
 * Reads for the index follow the list's item delta (`changes()`), so a round costs one request, not the list.
 */
export class GraphExpertiseSettingsStore implements ExpertiseSettingsSource {
  private readonly items: ListItems;
  private readonly maxAttempts: number;
  private deltaLink?: string;
  /** What `changes()` delivered so far, by item id: deletions in delta name only the item. */
  private readonly delivered = new Map<string, StoredExpertiseSettings>();
  /** One `changes()` at a time: two at once would both follow the same deltaLink. */
  private readonly rounds = new Slots(1);

  constructor(client: GraphClient, location: { siteId: string; list?: ListSchema; maxAttempts?: number }) {
    this.items = new ListItems(client, {
      siteId: location.siteId,
      list: location.list ?? expertiseSettingsList,
    });
    this.maxAttempts = location.maxAttempts ?? 5;
  }

  /** One request. @throws MalformedListItem when the user's row holds something else than the schema says */
  async get(userId: string): Promise<ExpertiseSettings | undefined> {
    const item = await this.find(userId);
    if (!item) return undefined;
    const row = this.row(item);
    if (row instanceof MalformedListItem) throw row;
    return { openToQuestions: row.openToQuestions, languages: row.languages };
  }

  /**
   * Replaces the user's settings. New user: one request. Existing row: three (the create's 409, a read, the
   * PATCH), plus a read and a PATCH for each concurrent change met. A malformed row is overwritten.
   * @throws RangeError for languages the column cannot hold; ConcurrentChangeConflict
   */
  async put(userId: string, settings: ExpertiseSettings): Promise<SettingsWrite> {
    languagesText(settings.languages);
    return this.write(userId, () => settings, undefined, 'overwrite');
  }

  /**
   * Changes the user's settings based on what is stored, e.g. adding a language: reads first, and redoes the
   * change on the newer row when another writer got in between (412).
   * @throws MalformedListItem when the stored row cannot be read; RangeError; ConcurrentChangeConflict
   */
  async update(userId: string, change: SettingsChange): Promise<SettingsWrite> {
    return this.write(userId, change, await this.find(userId), 'throw');
  }

  /** Every user's settings, one request per 5,000 rows. */
  async all(): Promise<ListRows<StoredExpertiseSettings>> {
    return readRows(await this.items.all(FIELDS), (item) => this.row(item));
  }

  /**
   * List item delta: the first call delivers everyone's settings, later calls what changed since, in one
   * request per page. An expired token (410) reads the list again and reports the difference.
   */
  changes(): Promise<StoredSettingsChanges> {
    return this.rounds.run(async () => {
      const round = await nextItemDeltaRound(this.items, this.deltaLink, this.delivered.keys());
      const changes = this.apply(round.entries, round.resynced);
      this.deltaLink = round.deltaLink;
      return changes;
    });
  }

  private apply(entries: readonly DeltaEntry[], resynced: boolean): StoredSettingsChanges {
    // An item can appear more than once in a round; its last appearance is its state.
    const latest = new Map(entries.map((entry) => [entry.id, entry]));
    const upserted = new Map<string, StoredExpertiseSettings>();
    const removed = new Set<string>();
    const malformed: MalformedListItem[] = [];
    for (const entry of latest.values()) {
      const before = this.delivered.get(entry.id);
      const now = 'deleted' in entry ? undefined : this.row(entry);
      if (now instanceof MalformedListItem) malformed.push(now);
      const valid = now instanceof MalformedListItem ? undefined : now;
      if (before && valid && sameStored(before, valid)) continue;
      if (before) {
        // Deleted, no longer readable, or (edited by hand) now someone else's row.
        removed.add(before.userId);
        this.delivered.delete(entry.id);
      }
      if (valid) {
        upserted.set(valid.userId, valid);
        this.delivered.set(entry.id, valid);
      }
    }
    // A row deleted and created again in one round: the user has settings still.
    const gone = [...removed].filter((userId) => !upserted.has(userId));
    return { upserted: [...upserted.values()], removed: gone, malformed, resynced };
  }

  private async write(
    userId: string,
    change: SettingsChange,
    found: RawItem | undefined,
    malformed: 'overwrite' | 'throw',
  ): Promise<SettingsWrite> {
    let current = found;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      if (!current) {
        const fields = { Title: userId, UserId: userId, ...this.fieldsOf(change(undefined)) };
        if ((await this.items.create(fields)) === 'created') return 'created';
      } else {
        const stored = this.row(current);
        if (stored instanceof MalformedListItem && malformed === 'throw') throw stored;
        const before = stored instanceof MalformedListItem ? undefined : stored;
        const desired = change(before);
        if (before && sameSettings(before, desired)) return 'unchanged';
        // Only the settings: UserId (and Title) name the row and stay as they are.
        const outcome = await this.items.patchFields(current, this.fieldsOf(desired));
        if (outcome === 'updated') return 'updated';
      }
      // 409 (someone created the row first), 412 (someone changed it) or 404 (someone deleted it): look again.
      current = await this.find(userId);
    }
    throw new ConcurrentChangeConflict(this.items.name, userId, this.maxAttempts);
  }

  private fieldsOf(settings: ExpertiseSettings) {
    const languages = languagesText(settings.languages);
    // null clears the column (SharePoint then leaves it out of `fields`).
    return { OpenToQuestions: settings.openToQuestions, Languages: languages === '' ? null : languages };
  }

  private async find(userId: string): Promise<RawItem | undefined> {
    const [item] = await this.items.where('UserId', userId, FIELDS);
    return item;
  }

  private row(item: RawItem): StoredExpertiseSettings | MalformedListItem {
    const row = readRow(this.items.name, item, rowSchema);
    if (row instanceof MalformedListItem) return row;
    return {
      userId: row.UserId,
      openToQuestions: row.OpenToQuestions ?? false,
      languages: languagesOf(row.Languages),
    };
  }
}

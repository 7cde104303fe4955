import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { expertiseSettingsList } from '../lists/talent-lists';
import type { ListSchema } from '../lists/list-schema';
import { ConcurrentChangeConflict, MalformedListItem } from './graph-errors';
import { ListItems, readRow, readRows, type ListRows, type RawItem } from './list-items';

/** What only Samen knows about a person's expertise: the opt-in and the languages they speak. */
export interface ExpertiseSettings {
  readonly openToQuestions: boolean;
  /** BCP 47 tags or names ("nl", "Engels"), as the person gave them. */
  readonly languages: readonly string[];
}

export interface StoredExpertiseSettings extends ExpertiseSettings {
  readonly userId: string;
}

export type SettingsWrite = 'created' | 'updated' | 'unchanged';

const FIELDS = ['UserId', 'OpenToQuestions', 'Languages'] as const;
const LANGUAGES_MAX = 255;
const SEPARATOR = ',';

const rowSchema = z.looseObject({
  UserId: z.string().min(1),
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

/** The change a write wants to make, given what is stored now (undefined: no row yet). */
export type SettingsChange = (current: ExpertiseSettings | undefined) => ExpertiseSettings;

/**
 * Expertise settings in the `Samen Expertise Settings` list, one row per user (unique, indexed UserId).
 * Writes are upserts that never overwrite blindly: create; on 409 read the row and PATCH it with its ETag; on
 * 412 read again and redo the change on what is there now, at most `maxAttempts` times.
 */
export class GraphExpertiseSettingsStore {
  private readonly items: ListItems;
  private readonly maxAttempts: number;

  constructor(client: Client, location: { siteId: string; list?: ListSchema; maxAttempts?: number }) {
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

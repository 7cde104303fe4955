import type { OwnExpertiseChanges, OwnProfileWriter } from '@samen/core';
import type { GraphExpertiseSettingsStore } from './expertise-settings-store';
import type { MeProfileWriter } from './on-behalf-of';

/**
 * Writes a person's own expertise where each part lives: skills to their Graph profile with their own
 * delegated token (`MeProfileWriter`, on-behalf-of), the opt-in and languages to Samen's settings list (as a
 * change on the stored row, so a concurrent change to the other field is kept).
 *
 * Made per request from the caller's token: `userId` must be that caller (core passes the actor's id, taken
 * from the same validated token). The two writes are independent; if one fails the other may have happened,
 * and repeating the request is safe.
 */
export class GraphOwnProfileWriter implements OwnProfileWriter {
  constructor(
    private readonly profile: MeProfileWriter,
    private readonly settings: GraphExpertiseSettingsStore,
  ) {}

  async update(userId: string, changes: OwnExpertiseChanges): Promise<void> {
    const { skills, openToQuestions, languages } = changes;
    const writes: Array<Promise<unknown>> = [];
    if (skills !== undefined) writes.push(this.profile.update({ skills: [...skills] }));
    if (openToQuestions !== undefined || languages !== undefined)
      writes.push(
        this.settings.update(userId, (current) => ({
          openToQuestions: openToQuestions ?? current?.openToQuestions ?? false,
          languages: languages ?? current?.languages ?? [],
        })),
      );
    await Promise.all(writes);
  }
}

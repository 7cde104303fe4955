import type { Locale } from '@samen/core/contract';
import { negotiateLocale } from '@samen/core/contract';

/** What the tab reads from Teams' context: only these fields, so a fake in tests is a plain object. */
export interface TeamsContext {
  readonly app: { readonly theme?: string; readonly locale?: string };
  readonly user?: {
    readonly id?: string;
    readonly displayName?: string;
    readonly userPrincipalName?: string;
  };
}

/** The part of teams-js `app` the host uses (structural: teams-js itself is passed in at the composition root). */
export interface TeamsApp {
  initialize(): Promise<void>;
  getContext(): Promise<TeamsContext>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  openLink(deepLink: string): Promise<void>;
}

/** Where the tab finds itself: inside a Teams client (with its context), or not. */
export type TabEnvironment =
  | { readonly inTeams: true; readonly context: TeamsContext }
  | { readonly inTeams: false; readonly reason: 'timeout' | 'rejected' };

/**
 * How long Teams gets to answer. In a top-level page teams-js rejects within milliseconds, but framed by
 * anything other than Teams it waits 60 s (shared design notes, toolchain.md "Teams tab"): nobody should look at a
 * spinner that long to learn the page is not in Teams. A Teams client answers in well under a second.
 */
export const TEAMS_INIT_TIMEOUT_MS = 3_000;

/**
 * Initialises teams-js, guard-first: it is raced against a timeout, and a rejection or a timeout both mean
 * "not in Teams" rather than an error, so the caller can say so instead of hanging.
 */
export async function connectToTeams(
  teams: TeamsApp,
  timeoutMs = TEAMS_INIT_TIMEOUT_MS,
): Promise<TabEnvironment> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([teams.initialize().then(() => 'ready' as const), timedOut]);
    if (outcome === 'timeout') return { inTeams: false, reason: 'timeout' };
    return { inTeams: true, context: await teams.getContext() };
  } catch {
    return { inTeams: false, reason: 'rejected' };
  } finally {
    clearTimeout(timer);
  }
}

/** The language of the Teams client (`context.app.locale`, e.g. "nl-NL", "nl-be", "en-gb"), as Samen speaks it. */
export function tabLocale(context: TeamsContext): Locale {
  return negotiateLocale(context.app.locale);
}

/** The signed-in Teams user, as the Talentfinder knows people: the Entra object id and a name to show. */
export function tabUser(context: TeamsContext): { id: string; displayName: string } | undefined {
  const id = context.user?.id;
  if (!id) return undefined;
  return { id, displayName: context.user?.displayName ?? context.user?.userPrincipalName ?? '' };
}

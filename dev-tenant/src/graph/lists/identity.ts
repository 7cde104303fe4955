import type { TenantContext } from '../../context';
import type { Caller } from '../../http/types';
import { getUser } from '../users/users-store';

/** Graph's identitySet for whoever made a change: the signed-in user, or the app for app-only calls. */
export function identityOf(ctx: TenantContext, caller: Caller): Record<string, unknown> {
  if (caller.kind === 'user' && caller.userId) {
    const user = getUser(ctx.db, caller.userId);
    return { user: { email: user?.mail ?? null, id: caller.userId, displayName: user?.displayName ?? '' } };
  }
  // SharePoint shows app-only changes as made by "SharePoint App" on behalf of the application.
  return {
    application: { id: caller.appId, displayName: caller.appName },
    user: { displayName: 'SharePoint App' },
  };
}

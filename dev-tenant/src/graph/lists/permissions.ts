import type { Permissions } from '../../http/types';

// Sites.Selected is treated as granted on every site: the dev tenant does not model per-site grants.
const READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All'];

export const SITE_READ: Permissions = { app: [...READ, 'Sites.Selected'], delegated: READ };
export const SITE_WRITE: Permissions = { app: [...WRITE, 'Sites.Selected'], delegated: WRITE };
export const SITE_MANAGE: Permissions = { app: [...MANAGE, 'Sites.Selected'], delegated: MANAGE };

import express from 'express';

/** Where the Teams app's Talentfinder tab is served: the manifest's contentUrl path (manifest/app). */
export const TEAMS_TAB_PATH = '/teams/talentfinder/';

// Teams shows a tab in a frame on its own hosts; no one else may frame it (clickjacking).
// https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com " +
  'https://*.teams.cloud.microsoft https://*.cloud.microsoft https://*.office.com https://*.skype.com';

/**
 * Serves the built Teams tab (teams-app/dist/talentfinder) under TEAMS_TAB_PATH, as the production host of the
 * app package's tab: its files only (express.static refuses paths outside the folder), framed by Teams only.
 * Without the trailing slash the path is redirected, because the tab's assets are relative to it.
 */
export function mountTeamsTab(app: express.Express, tabDir: string): void {
  const bare = TEAMS_TAB_PATH.slice(0, -1);
  app.get(bare, (req, res) => {
    const query = req.originalUrl.slice(bare.length);
    res.redirect(308, `${TEAMS_TAB_PATH}${query}`);
  });
  app.use(
    TEAMS_TAB_PATH,
    (_req, res, next) => {
      res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
      next();
    },
    express.static(tabDir, { index: 'index.html', fallthrough: true, redirect: false }),
  );
}

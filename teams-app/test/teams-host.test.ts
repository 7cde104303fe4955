import { connectToTeams, tabLocale, tabUser, type TeamsApp, type TeamsContext } from '../src/teams-host';

/** A teams-js `app` whose initialize behaves as the case needs; getContext answers with `context`. */
function fakeTeams(initialize: () => Promise<void>, context: TeamsContext = { app: {} }): TeamsApp {
  return {
    initialize,
    getContext: () => Promise.resolve(context),
    registerOnThemeChangeHandler: () => undefined,
    openLink: () => Promise.resolve(),
  };
}

describe('connectToTeams', () => {
  afterEach(() => jest.useRealTimers());

  it('is in Teams with its context when initialize resolves', async () => {
    const context = { app: { theme: 'dark', locale: 'nl-NL' }, user: { id: 'u1' } };
    await expect(
      connectToTeams(
        fakeTeams(() => Promise.resolve(), context),
        1_000,
      ),
    ).resolves.toEqual({
      inTeams: true,
      context,
    });
  });

  it('is not in Teams when initialize rejects (a top-level page: "No Parent window found")', async () => {
    const teams = fakeTeams(() => Promise.reject(new Error('No Parent window found')));
    await expect(connectToTeams(teams, 1_000)).resolves.toEqual({ inTeams: false, reason: 'rejected' });
  });

  it('is not in Teams once the timeout passes while initialize still waits (framed by something else)', async () => {
    jest.useFakeTimers();
    const never = new Promise<void>(() => undefined);
    const outcome = connectToTeams(
      fakeTeams(() => never),
      3_000,
    );
    await jest.advanceTimersByTimeAsync(2_999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ inTeams: false, reason: 'timeout' });
  });

  it('leaves no timer behind when Teams answers in time', async () => {
    jest.useFakeTimers();
    await connectToTeams(
      fakeTeams(() => Promise.resolve()),
      3_000,
    );
    expect(jest.getTimerCount()).toBe(0);
  });

  it('is not in Teams when the context cannot be read after initialising', async () => {
    const teams = { ...fakeTeams(() => Promise.resolve()), getContext: () => Promise.reject(new Error('x')) };
    await expect(connectToTeams(teams, 1_000)).resolves.toEqual({ inTeams: false, reason: 'rejected' });
  });
});

describe('tabLocale (context.app.locale → the language Samen speaks)', () => {
  it.each([
    ['nl-NL', 'nl-NL'],
    ['nl-be', 'nl-NL'],
    ['en-gb', 'en-US'],
    ['en-US', 'en-US'],
    ['fr-FR', 'en-US'],
    [undefined, 'en-US'],
  ])('%s → %s', (teamsLocale, expected) => {
    expect(tabLocale({ app: { locale: teamsLocale } })).toBe(expected);
  });
});

describe('tabUser', () => {
  it("is the Entra object id with the user's display name", () => {
    expect(tabUser({ app: {}, user: { id: 'oid-1', displayName: 'Anna de Vries' } })).toEqual({
      id: 'oid-1',
      displayName: 'Anna de Vries',
    });
  });

  it('falls back to the user principal name when Teams gives no display name', () => {
    expect(
      tabUser({ app: {}, user: { id: 'oid-1', userPrincipalName: 'anna@contoso.nl' } })?.displayName,
    ).toBe('anna@contoso.nl');
  });

  it('is undefined when the context has no user id (nobody to search as)', () => {
    expect(tabUser({ app: {} })).toBeUndefined();
  });
});

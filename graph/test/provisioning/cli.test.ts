import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MICROSOFT_GRAPH, parseSiteUrl, samenLists, SiteNotFound, type ProvisioningReport } from '../../src';
import type { Env } from '../../src/cli/config';
import { formatReport } from '../../src/cli/report-table';
import { runProvisionCli, type CliHost } from '../../src/cli/run';
import { app, tenant } from '../../../test-support/tenant';

const nothingToDo: ProvisioningReport = {
  created: [],
  updated: [],
  unchanged: ['Samen Endorsements'],
  problems: [],
};

function fakeHost(env: Env, overrides: Partial<CliHost> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const provision = jest.fn<
    ReturnType<NonNullable<CliHost['provision']>>,
    Parameters<NonNullable<CliHost['provision']>>
  >(() => Promise.resolve(nothingToDo));
  const host: CliHost = {
    env,
    repoRoot: '/repo',
    exists: () => false,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    trustDevTenantCa: () => undefined,
    provision,
    ...overrides,
  };
  return { host, out, err, provision };
}

const production: Env = {
  SAMEN_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  SAMEN_CLIENT_SECRET: 's3cret',
  SAMEN_TENANT_ID: 'contoso.onmicrosoft.com',
};
const SITE = 'https://contoso.sharepoint.com/sites/samen';

describe('provision CLI with a real tenant (environment variables)', () => {
  it('gets a token from Entra ID for the tenant and provisions the given site on Microsoft Graph', async () => {
    const { host, provision, out } = fakeHost(production);
    expect(await runProvisionCli(['--site', `${SITE}/`], host)).toBe(0);
    expect(provision).toHaveBeenCalledWith(
      {
        graphBaseUrl: MICROSOFT_GRAPH,
        credentials: {
          tokenEndpoint: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
          clientId: production.SAMEN_CLIENT_ID,
          clientSecret: 's3cret',
        },
        site: parseSiteUrl(SITE),
      },
      expect.any(Array),
    );
    expect(out).toContain('Samen Endorsements  unchanged');
  });

  it('uses SAMEN_TOKEN_ENDPOINT and SAMEN_GRAPH_BASE_URL when given', async () => {
    const env = {
      ...production,
      SAMEN_TENANT_ID: undefined,
      SAMEN_TOKEN_ENDPOINT: 'https://login.example.us/t/oauth2/v2.0/token',
      SAMEN_GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0',
    };
    const { host, provision } = fakeHost(env);
    expect(await runProvisionCli(['--site', 'https://contoso.sharepoint.us/sites/samen'], host)).toBe(0);
    expect(provision.mock.calls[0]![0]).toMatchObject({
      graphBaseUrl: 'https://graph.microsoft.us/v1.0',
      credentials: { tokenEndpoint: 'https://login.example.us/t/oauth2/v2.0/token' },
    });
  });

  it.each<[string, Env, RegExp]>([
    ['no secret', { SAMEN_CLIENT_SECRET: undefined }, /SAMEN_CLIENT_SECRET is required: a client secret/],
    ['an empty secret', { SAMEN_CLIENT_SECRET: '' }, /SAMEN_CLIENT_SECRET is required/],
    [
      'no client id',
      { SAMEN_CLIENT_ID: undefined },
      /SAMEN_CLIENT_ID is required: the application \(client\) id/,
    ],
    [
      'a client id that is no GUID',
      { SAMEN_CLIENT_ID: 'samen' },
      /SAMEN_CLIENT_ID must be an application \(client\) id/,
    ],
    ['no tenant', { SAMEN_TENANT_ID: undefined }, /SAMEN_TENANT_ID is required \(or SAMEN_TOKEN_ENDPOINT\)/],
    [
      'a tenant that is neither GUID nor domain',
      { SAMEN_TENANT_ID: 'my tenant' },
      /SAMEN_TENANT_ID must be the tenant id/,
    ],
    [
      'a plain-http token endpoint',
      { SAMEN_TOKEN_ENDPOINT: 'http://login.example/token' },
      /SAMEN_TOKEN_ENDPOINT must be an https URL/,
    ],
    [
      'a Graph URL that is no URL',
      { SAMEN_GRAPH_BASE_URL: 'graph' },
      /SAMEN_GRAPH_BASE_URL must be an https URL/,
    ],
  ])('refuses %s, naming the variable (exit 2, nothing sent)', async (_, change, message) => {
    const { host, err, provision } = fakeHost({ ...production, ...change });
    expect(await runProvisionCli(['--site', SITE], host)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(provision).not.toHaveBeenCalled();
  });

  it('lists every configuration problem at once', async () => {
    const { host, err } = fakeHost({ SAMEN_CLIENT_ID: 'x' });
    expect(await runProvisionCli([], host)).toBe(2);
    const text = err.join('\n');
    for (const what of ['--site is required', 'SAMEN_CLIENT_ID', 'SAMEN_CLIENT_SECRET', 'SAMEN_TENANT_ID'])
      expect(text).toContain(what);
  });
});

describe('provision CLI arguments', () => {
  it.each([
    ['http://contoso.sharepoint.com/sites/samen'],
    ['contoso.sharepoint.com/sites/samen'],
    ['https://contoso.sharepoint.com/'],
    ['https://contoso.sharepoint.com/samen'],
    ['https://intranet.contoso.com/sites/samen'],
    ['https://contoso.sharepoint.com:8443/sites/samen'],
    ['https://contoso.sharepoint.com/sites/samen?web=1'],
    ['https://contoso.sharepoint.com/sites/samen#top'],
    ['https://contoso.sharepoint.com/sites/samen/SitePages/Home.aspx'],
    ['https://contoso.sharepoint.com/sites/../admin'],
    [''],
  ])('refuses --site %j with exit 2, before reading any configuration', async (site) => {
    const exists = jest.fn(() => true);
    const { host, err, provision } = fakeHost(production, { exists });
    expect(await runProvisionCli([`--site=${site}`], host)).toBe(2);
    expect(err[0]).toContain(
      'is not a SharePoint site URL: expected https://<tenant>.sharepoint.com/sites/<name>',
    );
    expect(provision).not.toHaveBeenCalled();
    expect(exists).not.toHaveBeenCalled();
  });

  it.each([
    ['https://contoso.sharepoint.com/sites/samen/', 'https://contoso.sharepoint.com/sites/samen'],
    ['https://Contoso.SharePoint.com/teams/Sales', 'https://contoso.sharepoint.com/teams/Sales'],
    ['https://contoso.sharepoint.com/sites/samen/nl', 'https://contoso.sharepoint.com/sites/samen/nl'],
  ])('accepts the site %s as %s', (given, href) => {
    expect(parseSiteUrl(given).href).toBe(href);
  });

  it.each([[['--sit', SITE]], [['samen']], [['--site']]])(
    'refuses %j with exit 2 and a pointer to --help',
    async (argv) => {
      const { host, err } = fakeHost(production);
      expect(await runProvisionCli(argv, host)).toBe(2);
      expect(err.at(-1)).toBe('Run with --help for usage.');
    },
  );

  it('explains itself with --help', async () => {
    const { host, out, provision } = fakeHost({});
    expect(await runProvisionCli(['--help'], host)).toBe(0);
    expect(out[0]).toMatch(/^Usage: npm run provision -- \[--site <url>\]/);
    expect(provision).not.toHaveBeenCalled();
  });
});

describe('provision CLI locally (the dev tenant)', () => {
  const t = tenant();
  const tenantJson = process.env.SAMEN_TENANT_JSON!;
  const local: Env = { SAMEN_DATA_DIR: dirname(tenantJson) };

  it('without configuration, says how to configure a tenant or start the dev tenant', async () => {
    const { host, err } = fakeHost({});
    expect(await runProvisionCli([], host)).toBe(2);
    expect(err[0]).toMatch(
      /No Graph configuration: set SAMEN_CLIENT_ID.*npm run tenant.*\/repo\/\.samen\/tenant\.json/,
    );
  });

  it("uses tenant.json from SAMEN_DATA_DIR: the service app's credentials and the hub site", async () => {
    const { host, provision } = fakeHost(local, { exists: (path) => path === tenantJson });
    expect(await runProvisionCli([], host)).toBe(0);
    const service = app(t, 'samen-service');
    expect(provision.mock.calls[0]![0]).toEqual({
      graphBaseUrl: t.graphBaseUrl,
      credentials: {
        tokenEndpoint: t.tokenEndpoint,
        clientId: service.clientId,
        clientSecret: service.clientSecret,
      },
      site: parseSiteUrl(t.hubSite.webUrl),
      caCertPath: t.caCertPath,
    });
  });

  it('runs in a process that trusts the dev tenant CA, passing on its exit code', async () => {
    const trustDevTenantCa = jest.fn(() => 3);
    const { host, provision } = fakeHost(local, { exists: () => true, trustDevTenantCa });
    expect(await runProvisionCli([], host)).toBe(3);
    expect(trustDevTenantCa).toHaveBeenCalledWith(t.caCertPath);
    expect(provision).not.toHaveBeenCalled();
  });

  it('names an unreadable tenant.json (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samen-provision-'));
    writeFileSync(join(dir, 'tenant.json'), '{"graphBaseUrl": 42}');
    const { host, err } = fakeHost({ SAMEN_DATA_DIR: dir }, { exists: () => true });
    expect(await runProvisionCli([], host)).toBe(2);
    expect(err[0]).toContain(`Cannot use the dev tenant's ${join(dir, 'tenant.json')}`);
  });

  it('exits 1 when a site is not there', async () => {
    const provision = jest.fn(() => Promise.reject(new SiteNotFound(parseSiteUrl(SITE))));
    const { host, err } = fakeHost(local, { exists: () => true, provision });
    expect(await runProvisionCli(['--site', SITE], host)).toBe(1);
    expect(err[0]).toBe(`No SharePoint site at ${SITE} (Graph answered 404), or the app may not see it.`);
  });

  it('provisions the hub site for real and prints the table', async () => {
    const { host, out } = fakeHost(local, { exists: () => true, provision: undefined });
    expect(await runProvisionCli([], host)).toBe(0);
    expect(out[0]).toBe(
      `Provisioning ${samenLists.length} lists on ${t.hubSite.webUrl} (dev tenant, ${t.graphBaseUrl})`,
    );
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Samen Endorsements +(created|unchanged)$/),
        expect.stringMatching(/^Samen Presence Notices +(created|unchanged)$/),
      ]),
    );
  });
});

describe('the report table', () => {
  it('shows one row per list and per problem, then counts, and advice when something is wrong', () => {
    const lines = formatReport({
      created: ['Samen Endorsements'],
      updated: [{ list: 'Samen Votes', addedColumns: ['Weight', 'Phase'] }],
      unchanged: ['Samen Expertise Settings'],
      problems: [
        {
          list: 'Samen Ideas',
          column: 'Score',
          message: "column 'Score' is text on the site but number in the schema",
        },
      ],
    });
    expect(lines).toEqual([
      'List                      Result     Details',
      '------------------------  ---------  -------',
      'Samen Endorsements        created',
      'Samen Votes               updated    added Weight, Phase',
      'Samen Expertise Settings  unchanged',
      "Samen Ideas               PROBLEM    column 'Score' is text on the site but number in the schema",
      '',
      '1 created, 1 updated, 1 unchanged, 1 problem(s).',
      'Lists with problems were left as they are: provisioning never changes an existing column.',
      'Correct the column on the site (list settings), or change the declaration, then run again.',
    ]);
  });

  it('exits 1 when there are problems', async () => {
    const report = { ...nothingToDo, problems: [{ list: 'Samen Endorsements', message: 'x' }] };
    const { host } = fakeHost(production, { provision: () => Promise.resolve(report) });
    expect(await runProvisionCli(['--site', SITE], host)).toBe(1);
  });
});

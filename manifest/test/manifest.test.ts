import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import {
  appPackageFiles,
  colorIcon,
  localizationProblems,
  manifestProblems,
  outlineIcon,
  PackageConfigError,
  readPackageConfig,
  SCHEMA_VERSION,
  zipAppPackage,
} from '../src';

const PRODUCTION = {
  SAMEN_TEAMS_APP_ID: '0d4c6c52-8a4f-4b51-a0a4-1d2e3f405060',
  SAMEN_BOT_ID: '9b1e2d3c-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
  SAMEN_API_CLIENT_ID: '7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9',
  SAMEN_PUBLIC_HOST: 'samen.contoso.com',
  SAMEN_APP_VERSION: '1.4.0',
};

function json(bytes: Uint8Array | undefined): any {
  return JSON.parse(new TextDecoder().decode(bytes));
}

function png(bytes: Uint8Array | undefined): PNG {
  return PNG.sync.read(Buffer.from(bytes!));
}

/** Follows a localisation key such as `bots[0].commandLists[0].commands[1].title` into the manifest. */
function at(manifest: unknown, key: string): unknown {
  return key
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<any>((node, part) => (node === undefined ? undefined : node[part]), manifest);
}

describe('package settings', () => {
  it('has local defaults, so a fresh clone can package', () => {
    expect(readPackageConfig({}).SAMEN_PUBLIC_HOST).toBe('localhost:4300');
  });

  it('takes each setting from its environment variable; blank means the default', () => {
    const config = readPackageConfig({ ...PRODUCTION, SAMEN_APP_VERSION: '  ' });
    expect(config).toEqual({ ...PRODUCTION, SAMEN_APP_VERSION: '0.1.0' });
  });

  it.each([
    ['SAMEN_BOT_ID', 'not-a-guid'],
    ['SAMEN_PUBLIC_HOST', 'https://samen.contoso.com/'],
    ['SAMEN_APP_VERSION', '1.4'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    expect(() => readPackageConfig({ [name]: value })).toThrow(PackageConfigError);
    expect(() => readPackageConfig({ [name]: value })).toThrow(name);
  });
});

describe('the filled manifest', () => {
  const files = appPackageFiles(readPackageConfig(PRODUCTION));
  const manifest = json(files['manifest.json']);

  it(`is on ${SCHEMA_VERSION}, the newest Teams schema @microsoft/app-manifest bundles`, () => {
    const schemas = join(
      dirname(require.resolve('@microsoft/app-manifest/package.json')),
      'build/json-schemas/teams',
    );
    const newest = readdirSync(schemas)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .pop();
    expect(newest).toBe(SCHEMA_VERSION);
    expect(manifest.$schema).toContain(`/teams/${SCHEMA_VERSION}/`);
    expect(`v${manifest.manifestVersion}`).toBe(SCHEMA_VERSION);
  });

  it('validates against the bundled schema, offline', async () => {
    const fetchSchema = jest.spyOn(AppManifestUtils, 'fetchSchema');
    await expect(manifestProblems(manifest)).resolves.toEqual([]);
    expect(fetchSchema).not.toHaveBeenCalled();
    fetchSchema.mockRestore();
  });

  it('with the local defaults validates too', async () => {
    const local = json(appPackageFiles(readPackageConfig({}))['manifest.json']);
    await expect(manifestProblems(local)).resolves.toEqual([]);
  });

  it('would fail validation when broken (the check itself works)', async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: 'bot' }], accentColor: 'teal' };
    const problems = await manifestProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/bots/0/botId'),
        expect.stringContaining('/accentColor'),
      ]),
    );
  });

  it('carries the ids and host from the settings, and no placeholder', () => {
    const text = new TextDecoder().decode(files['manifest.json']);
    expect(text).not.toContain('{{');
    expect(manifest.id).toBe(PRODUCTION.SAMEN_TEAMS_APP_ID);
    expect(manifest.version).toBe('1.4.0');
    expect(manifest.bots[0].botId).toBe(PRODUCTION.SAMEN_BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(PRODUCTION.SAMEN_BOT_ID);
    expect(manifest.validDomains).toEqual(['samen.contoso.com']);
    expect(manifest.webApplicationInfo).toMatchObject({
      id: PRODUCTION.SAMEN_API_CLIENT_ID,
      resource: `api://samen.contoso.com/${PRODUCTION.SAMEN_API_CLIENT_ID}`,
    });
  });

  it('has the bot in personal, team and group chats, with help and "who knows about"', () => {
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual([
      'help',
      'who knows about',
    ]);
  });

  it('has a search-based message extension with one parameter', () => {
    const [command] = manifest.composeExtensions[0].commands;
    expect(command).toMatchObject({ id: 'findExpert', type: 'query' });
    expect(command.parameters).toHaveLength(1);
  });

  it("opens the Talentfinder tab on the service's host, signing in with NAA for the API scope", () => {
    const [tab] = manifest.staticTabs;
    expect(tab.scopes).toEqual(['personal']);
    const url = new URL(tab.contentUrl);
    expect(url.origin + url.pathname).toBe('https://samen.contoso.com/teams/talentfinder/');
    expect(url.searchParams.get('clientId')).toBe(PRODUCTION.SAMEN_API_CLIENT_ID);
    expect(url.searchParams.get('scope')).toBe(
      `api://samen.contoso.com/${PRODUCTION.SAMEN_API_CLIENT_ID}/access_as_user`,
    );
  });
});

describe('the nl-NL localisation', () => {
  const files = appPackageFiles(readPackageConfig({}));
  const manifest = json(files['manifest.json']);
  const nl = json(files['nl.json']);

  it('is declared in localizationInfo', () => {
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'nl-nl', file: 'nl.json' },
    ]);
  });

  it('validates against the bundled localisation schema', async () => {
    await expect(localizationProblems(nl)).resolves.toEqual([]);
  });

  it('would fail validation with a key Teams does not translate, or without a required string', async () => {
    const { 'description.full': _full, ...incomplete } = nl;
    await expect(localizationProblems({ ...incomplete, 'bots[0].botId': 'x' })).resolves.toEqual(
      expect.arrayContaining([
        expect.stringContaining('description.full'),
        expect.stringContaining('bots[0].botId'),
      ]),
    );
  });

  it('translates only what the manifest has, and every string it shows to users', () => {
    const keys = Object.keys(nl).filter((key) => key !== '$schema');
    for (const key of keys) expect([key, typeof at(manifest, key)]).toEqual([key, 'string']);
    expect(keys).toEqual(
      expect.arrayContaining([
        'bots[0].commandLists[0].commands[1].title',
        'composeExtensions[0].commands[0].parameters[0].title',
        'staticTabs[0].name',
      ]),
    );
    expect(nl['description.short']).not.toBe(manifest.description.short);
  });
});

describe('the icons', () => {
  it('colour: 192×192 and opaque (Teams shows it full bleed)', () => {
    const icon = png(colorIcon());
    expect([icon.width, icon.height]).toEqual([192, 192]);
    const alphas = new Set(Array.from({ length: 192 * 192 }, (_, i) => icon.data[i * 4 + 3]));
    expect([...alphas]).toEqual([255]);
  });

  it('outline: 32×32, white on transparency, with the mark drawn', () => {
    const icon = png(outlineIcon());
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...icon.data.subarray(i * 4, i * 4 + 4)]);
    expect(pixels.filter(([r, g, b, a]) => a! > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
    expect(pixels.filter(([, , , a]) => a === 0).length).toBeGreaterThan(32 * 32 * 0.5);
    expect(pixels.filter(([, , , a]) => a === 255).length).toBeGreaterThan(20);
  });
});

describe('the app package zip', () => {
  const zip = zipAppPackage(appPackageFiles(readPackageConfig(PRODUCTION)));
  const entries = unzipSync(zip);

  it('holds the manifest, the Dutch strings and both icons, flat', () => {
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'nl.json', 'outline.png']);
    expect(json(entries['manifest.json']).id).toBe(PRODUCTION.SAMEN_TEAMS_APP_ID);
    expect(json(entries['nl.json'])['name.short']).toBe('Samen');
  });

  it('holds icons of the sizes the manifest promises', () => {
    expect([png(entries['color.png']).width, png(entries['color.png']).height]).toEqual([192, 192]);
    expect([png(entries['outline.png']).width, png(entries['outline.png']).height]).toEqual([32, 32]);
  });

  it('is the same, byte for byte, for the same settings', () => {
    expect(
      Buffer.from(zipAppPackage(appPackageFiles(readPackageConfig(PRODUCTION)))).equals(Buffer.from(zip)),
    ).toBe(true);
  });
});

describe('`gulp package` step (manifest/dist/cli.js)', () => {
  const cli = join(__dirname, '..', 'dist', 'cli.js');
  let outDir: string;
  beforeEach(() => (outDir = mkdtempSync(join(tmpdir(), 'samen-manifest-'))));
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes samen.zip with the host from the environment', async () => {
    await promisify(execFile)(process.execPath, [cli, outDir], { env: { ...process.env, ...PRODUCTION } });
    const entries = unzipSync(readFileSync(join(outDir, 'samen.zip')));
    expect(json(entries['manifest.json']).validDomains).toEqual(['samen.contoso.com']);
  });

  it('refuses a wrong setting, saying which, and writes nothing', async () => {
    const run = promisify(execFile)(process.execPath, [cli, outDir], {
      env: { ...process.env, SAMEN_TEAMS_APP_ID: 'samen' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('SAMEN_TEAMS_APP_ID'),
    });
    expect(readdirSync(outDir)).toEqual([]);
  });
});

// The SharePoint package that `gulp package` (run by `npm test` before Jest) builds in spfx-webparts: what an
// admin uploads to the app catalog. Reads the zip with the jszip that SPFx's own packager uses (spfx-webparts has
// it pinned), so the root install stays free of SPFx's dependencies.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SPFX = path.resolve(__dirname, '..', '..', 'spfx-webparts');
const SPPKG = path.join(SPFX, 'sharepoint', 'solution', 'samen.sppkg');
const manifestOf = (folder: string, file: string) => path.join(SPFX, 'src', 'webparts', folder, file);
const WEB_PART_MANIFEST = manifestOf('talentfinder', 'TalentfinderWebPart.manifest.json');
const FEED_MANIFEST = manifestOf('feed', 'FeedWebPart.manifest.json');

/** The little of jszip's API this test uses. */
interface ZipEntry {
  readonly name: string;
  readonly dir: boolean;
  async(type: 'string'): Promise<string>;
}
interface Zip {
  readonly files: Record<string, ZipEntry>;
}
interface JSZipStatic {
  loadAsync(data: Buffer): Promise<Zip>;
}

function readJson<T>(file: string): T {
  // SPFx's JSON files allow // comments (the generated manifest has some); none of ours sit inside strings.
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,\s*\/\/[^\n"]*$/gm, ',');
  return JSON.parse(text) as T;
}

const webPart = readJson<{ id: string; alias: string }>(WEB_PART_MANIFEST);
const feedWebPart = readJson<{ id: string; alias: string }>(FEED_MANIFEST);
const solution = readJson<{
  solution: { id: string; name: string; webApiPermissionRequests: { resource: string; scope: string }[] };
}>(path.join(SPFX, 'config', 'package-solution.json')).solution;

let zip: Zip;
let names: string[];

beforeAll(async () => {
  const JSZip = createRequire(path.join(SPFX, 'package.json'))('jszip') as JSZipStatic;
  zip = await JSZip.loadAsync(fs.readFileSync(SPPKG));
  names = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
});

function entry(name: string): ZipEntry {
  const found = zip.files[name];
  if (!found) throw new Error(`${name} is not in the package; it has: ${names.join(', ')}`);
  return found;
}

describe('samen.sppkg', () => {
  it('is the samen solution, with its id and name', async () => {
    const appManifest = await entry('AppManifest.xml').async('string');
    expect(appManifest).toContain(`ProductID="${solution.id}"`);
    expect(appManifest).toContain('Name="samen"');
  });

  it('asks for the Samen API as the user, and for nothing else', async () => {
    expect(solution.webApiPermissionRequests).toEqual([{ resource: 'Samen', scope: 'access_as_user' }]);
    const appManifest = await entry('AppManifest.xml').async('string');
    const requests = [...appManifest.matchAll(/<WebApiPermissionRequest\b[^>]*>/g)].map((match) => match[0]);
    expect(requests).toEqual([expect.stringMatching(/ResourceId="Samen"[^>]*Scope="access_as_user"/)]);
    expect(appManifest).not.toMatch(/Microsoft Graph/i);
  });

  it.each([
    ['Talentfinder', () => webPart],
    ['Samen Feed', () => feedWebPart],
  ])("holds the %s web part under its manifest's component id", async (title, manifest) => {
    const { id, alias } = manifest();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const xmlName = names.find((name) => name.toLowerCase().endsWith(`webpart_${id}.xml`));
    expect(xmlName).toBeDefined();
    const xml = await entry(xmlName!).async('string');
    expect(xml).toContain(`<ClientSideComponent Name="${title}" Id="${id}"`);
    expect(xml).toContain(`&quot;alias&quot;:&quot;${alias}&quot;`);
  });

  it('ships the one Samen bundle and the property pane strings in English and Dutch', () => {
    const assets = names.filter((name) => name.startsWith('ClientSideAssets/'));
    expect(assets).toContainEqual(expect.stringMatching(/^ClientSideAssets\/samen-web-parts_[0-9a-f]+\.js$/));
    expect(assets).toContainEqual(expect.stringMatching(/TalentfinderWebPartStrings_en-us_[0-9a-f]+\.js$/));
    expect(assets).toContainEqual(expect.stringMatching(/TalentfinderWebPartStrings_nl-nl_[0-9a-f]+\.js$/));
    expect(assets).toContainEqual(expect.stringMatching(/FeedWebPartStrings_en-us_[0-9a-f]+\.js$/));
    expect(assets).toContainEqual(expect.stringMatching(/FeedWebPartStrings_nl-nl_[0-9a-f]+\.js$/));
  });
});

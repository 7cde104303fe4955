// What reaches a browser is checked where it is built, not only by lint rules: graph's browser entry bundles
// for the browser, and the SharePoint web parts' bundle carries no shim of a Node built-in (a Node API that
// slipped into ui or core, or a webpack `resolve.fallback`, would put one there).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
const SPFX = path.join(ROOT, 'spfx-webparts');
const SPPKG = path.join(SPFX, 'sharepoint', 'solution', 'samen.sppkg');

interface BundleReport {
  nodeImports: string[];
  bytes: number;
  gzipBytes: number;
  modules: string[];
}

/** Bundles `source` (an ES module importing our packages) for the browser, in a Node process of its own. */
async function bundleForBrowser(source: string): Promise<BundleReport> {
  // Inside the repository, so that `@samen/*` resolves through the workspace's node_modules.
  const dir = fs.mkdtempSync(path.join(ROOT, 'packaging', '.bundle-'));
  try {
    const entry = path.join(dir, 'entry.mjs');
    fs.writeFileSync(entry, source);
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [path.join(__dirname, 'browser-bundle.mjs'), entry], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as BundleReport;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("graph's browser entry (@samen/graph)", () => {
  let report: BundleReport;

  beforeAll(async () => {
    // Everything it exports, so nothing is shaken out before it is looked at.
    report = await bundleForBrowser("export * from '@samen/graph';\n");
  }, 60_000);

  it('bundles for the browser without a Node built-in', () => {
    expect(report.nodeImports).toEqual([]);
    expect(report.bytes).toBeGreaterThan(0);
    console.info(`@samen/graph for the browser: ${report.bytes} bytes, ${report.gzipBytes} gzipped`);
  });

  it("is graph's ES modules, without its Node side", () => {
    // (A module of re-exports only, such as lib/index.js itself, leaves no trace in the bundle.)
    const ours = report.modules.filter((id) => id.includes(`${path.sep}graph${path.sep}`));
    expect(ours).toContainEqual(
      expect.stringContaining(path.join('graph', 'lib', 'talent', 'people-sync.js')),
    );
    expect(ours.filter((id) => !id.includes(path.join('graph', 'lib')))).toEqual([]);
    expect(ours.filter((id) => /graph[/\\]lib[/\\](node|cli)[/\\]/.test(id))).toEqual([]);
  });

  it('would report a Node built-in (the check itself works)', async () => {
    const nodeSide = await bundleForBrowser("export * from '@samen/graph/node';\n");
    expect(nodeSide.nodeImports).toEqual(expect.arrayContaining([expect.stringMatching(/fs$/)]));
  }, 60_000);
});

/**
 * Text that each common browser shim of a Node built-in carries in string literals, which minifiers keep. The
 * shims webpack 4 added by itself, and what `resolve.fallback` is usually pointed at in webpack 5.
 */
const SHIM_SIGNATURES: ReadonlyArray<{ shim: string; text: string; packageFile?: string }> = [
  { shim: 'buffer', text: 'INSPECT_MAX_BYTES', packageFile: 'buffer/index.js' },
  { shim: 'process', text: 'process.binding is not supported' },
  { shim: 'events', text: 'MaxListenersExceededWarning', packageFile: 'events/events.js' },
  { shim: 'path', text: 'Path must be a string. Received ' },
  { shim: 'util', text: 'The "original" argument must be of type Function' },
  { shim: 'stream', text: 'stream.push() after EOF' },
  { shim: 'crypto', text: 'Secure random number generation is not supported by this browser' },
  { shim: 'url', text: 'Parameter "url" must be a string, not ' },
  { shim: 'string_decoder', text: 'Unknown encoding: ', packageFile: 'string_decoder/lib/string_decoder.js' },
];

interface ZipEntry {
  readonly name: string;
  readonly dir: boolean;
  async(type: 'string'): Promise<string>;
}

async function webPartBundle(): Promise<{ name: string; code: string }> {
  const requireFromSpfx = createRequire(path.join(SPFX, 'package.json'));
  const JSZip = requireFromSpfx('jszip') as {
    loadAsync(data: Buffer): Promise<{ files: Record<string, ZipEntry> }>;
  };
  const zip = await JSZip.loadAsync(fs.readFileSync(SPPKG));
  const bundle = Object.values(zip.files).find((entry) =>
    /^ClientSideAssets\/samen-web-parts_[0-9a-f]+\.js$/.test(entry.name),
  );
  if (!bundle) throw new Error(`${SPPKG} holds no samen-web-parts bundle`);
  return { name: bundle.name, code: await bundle.async('string') };
}

describe("the SharePoint web parts' bundle", () => {
  it('carries no shim of a Node built-in', async () => {
    const { name, code } = await webPartBundle();
    const found = SHIM_SIGNATURES.filter(({ text }) => code.includes(text)).map(({ shim }) => shim);
    expect(found).toEqual([]);
    console.info(`${name}: ${Buffer.byteLength(code)} bytes`);
  });

  it('would recognise the shims it looks for (their signatures are in the shims themselves)', () => {
    const requireFromSpfx = createRequire(path.join(SPFX, 'package.json'));
    const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
    const checked = SHIM_SIGNATURES.filter((signature) => signature.packageFile).map(
      ({ text, packageFile }) => {
        const file = [requireFromSpfx, requireFromRoot]
          .map((resolve) => {
            try {
              return resolve.resolve(packageFile!);
            } catch {
              return undefined;
            }
          })
          .find((found) => found !== undefined);
        return {
          packageFile,
          contains: file === undefined ? undefined : fs.readFileSync(file, 'utf8').includes(text),
        };
      },
    );
    const found = checked.filter((check) => check.contains !== undefined);
    // At least two of the shims are installed here (dependencies of SPFx's and our tooling).
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found).toEqual(found.map(({ packageFile }) => ({ packageFile, contains: true })));
  });
});

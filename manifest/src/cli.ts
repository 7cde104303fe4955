import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { appPackageFiles, zipAppPackage } from './app-package';
import { PackageConfigError, readPackageConfig } from './config';
import { localizationProblems, manifestProblems } from './validate';

/**
 * `node manifest/dist/cli.js [outDir]` (run by `gulp package`): writes samen.zip, the Teams app package, with
 * ids and hostnames from SAMEN_TEAMS_APP_ID, SAMEN_BOT_ID, SAMEN_API_CLIENT_ID, SAMEN_PUBLIC_HOST and
 * SAMEN_APP_VERSION (local defaults when unset: manifest/src/config.ts). An invalid manifest is not written.
 */
async function main(): Promise<void> {
  const outDir = process.argv[2] ?? join(__dirname, '..', 'build');
  const config = readPackageConfig(process.env);
  const files = appPackageFiles(config);
  const json = (name: string) => JSON.parse(new TextDecoder().decode(files[name])) as unknown;
  const problems = [
    ...(await manifestProblems(json('manifest.json'))),
    ...(await localizationProblems(json('nl.json'))),
  ];
  if (problems.length > 0)
    throw new PackageConfigError(`The Teams manifest is not valid:\n  ${problems.join('\n  ')}`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'samen.zip');
  writeFileSync(file, zipAppPackage(files));
  console.log(`Teams app package: ${relative(process.cwd(), file)} (host ${config.SAMEN_PUBLIC_HOST})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageConfigError ? error.message : error);
  process.exit(1);
});

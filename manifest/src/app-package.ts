import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { PackageConfig } from './config';
import { fillManifest } from './fill';
import { colorIcon, outlineIcon } from './icons';

/** manifest/app: the template and its translations, as committed. */
export const APP_DIR = join(__dirname, '..', 'app');

// A fixed date for every entry: the same settings give the same zip, byte for byte.
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(APP_DIR, file), 'utf8'));
}

/** The files of the Teams app package, by name in the zip (flat, as Teams expects). */
export function appPackageFiles(config: PackageConfig): Record<string, Uint8Array> {
  const manifest = fillManifest(readJson('manifest.template.json'), config);
  const text = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  return {
    'manifest.json': text(manifest),
    'nl.json': text(readJson('nl.json')),
    'color.png': colorIcon(),
    'outline.png': outlineIcon(),
  };
}

/** The app package zip that an admin uploads to Teams (or a developer sideloads). */
export function zipAppPackage(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 9, mtime: ZIP_DATE });
}

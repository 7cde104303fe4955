export { APP_DIR, appPackageFiles, zipAppPackage } from './app-package';
export { LOCAL_DEFAULTS, PackageConfigError, packageConfigSchema, readPackageConfig } from './config';
export type { PackageConfig } from './config';
export { fillManifest } from './fill';
export { colorIcon, outlineIcon } from './icons';
export { bundledSchema, localizationProblems, manifestProblems, SCHEMA_VERSION } from './validate';

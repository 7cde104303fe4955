export * from './launcher';
export * from './tenant-coordinates';

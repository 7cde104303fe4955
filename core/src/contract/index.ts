// The HTTP contract between the Samen service and its clients, importable on its own as `@samen/core/contract`
// so that a web part bundles these schemas without the talent engine.
export * from './problems';
export * from './talent';

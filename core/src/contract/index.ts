// The contract between the Samen service and its hosts, importable on its own as `@samen/core/contract` so
// that a web part or a tab bundles it without the talent engine: the HTTP API's schemas and problems, the
// languages and how a host chooses one, page-size limits and presence rules.
export * from './limits';
export * from './locale';
export * from './presence';
export * from './problems';
export * from './talent';
export * from './feed';
export * from './editor-markup';

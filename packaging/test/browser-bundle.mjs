// Bundles a module for the browser with rolldown (the bundler Vite uses) and prints, as one JSON line: the Node
// built-ins it would import, and the bundle's size. Run by browser-bundle.test.ts in a Node process of its own,
// because rolldown is an ES module that Jest's CommonJS runtime cannot load.
// Usage: node browser-bundle.mjs <entry file>
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const BUILTINS = new Set(builtinModules);

/** Records every import of a Node built-in and leaves it out of the bundle, so the build still finishes. */
function recordNodeBuiltins(found) {
  return {
    name: 'record-node-builtins',
    resolveId(source) {
      if (!source.startsWith('node:') && !BUILTINS.has(source.split('/')[0])) return null;
      found.add(source);
      return { id: source, external: true };
    },
  };
}

const [entry] = process.argv.slice(2);
const nodeImports = new Set();
const bundle = await rolldown({
  input: entry,
  platform: 'browser',
  plugins: [recordNodeBuiltins(nodeImports)],
  // Warnings (an unused import, a circular one in a dependency) are not this check's business.
  onLog: () => undefined,
});
const { output } = await bundle.generate({ format: 'esm', minify: true });
await bundle.close();
const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []));
console.log(
  JSON.stringify({
    nodeImports: [...nodeImports].sort(),
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code).length,
    modules,
  }),
);

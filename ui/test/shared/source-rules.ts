// Checks on an app's source that keep it working in two languages and in every host theme: the same rules for
// every ui app, each app's test naming its folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
}

/** Where in `files` (paths relative to `root`) the nodes are for which `test` holds, with their first characters. */
export function findings(root: string, files: readonly string[], test: (node: ts.Node) => boolean): string[] {
  const found: string[] = [];
  for (const source of files.map(parse)) {
    const visit = (node: ts.Node): void => {
      if (test(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(root, source.fileName)}:${line + 1} ${node.getText().slice(0, 60)}`);
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return found;
}

// Props whose value people read or hear.
const WORDED_PROPS = new Set([
  'text',
  'label',
  'ariaLabel',
  'aria-label',
  'placeholder',
  'title',
  'headerText',
  'alt',
  'closeButtonAriaLabel',
  'dismissButtonAriaLabel',
  'onText',
  'offText',
]);

/** Words written in a component instead of taken from strings.ts: JSX text, or a worded prop's literal. */
export function isWordedLiteral(node: ts.Node): boolean {
  if (ts.isJsxText(node)) return /\p{L}/u.test(node.text);
  if (!ts.isJsxAttribute(node) || !WORDED_PROPS.has(node.name.getText()) || !node.initializer) return false;
  const value = node.initializer;
  return (
    ts.isStringLiteral(value) ||
    (ts.isJsxExpression(value) && value.expression !== undefined && ts.isStringLiteralLike(value.expression))
  );
}

/** A colour written as a literal instead of taken from the theme. */
export function isColourLiteral(node: ts.Node): boolean {
  return ts.isStringLiteralLike(node) && /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(node.text);
}

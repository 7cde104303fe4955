/**
 * @jest-environment node
 */
// Rules that keep the Talentfinder working in two languages and in every host theme, checked on the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '../../src/talentfinder');

function sourceFiles(dir: string): string[] {
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

function visit(node: ts.Node, found: (node: ts.Node) => void): void {
  found(node);
  node.forEachChild((child) => visit(child, found));
}

function where(source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(SRC, source.fileName)}:${line + 1} ${node.getText().slice(0, 60)}`;
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

describe('Talentfinder source', () => {
  const components = sourceFiles(SRC).filter((file) => file.endsWith('.tsx'));

  it('has components to check', () => {
    expect(components.length).toBeGreaterThan(10);
  });

  it('takes every word in its components from strings.ts', () => {
    const literals: string[] = [];
    for (const source of components.map(parse)) {
      visit(source, (node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) literals.push(where(source, node));
        if (
          ts.isJsxAttribute(node) &&
          WORDED_PROPS.has(node.name.getText()) &&
          node.initializer &&
          (ts.isStringLiteral(node.initializer) ||
            (ts.isJsxExpression(node.initializer) &&
              node.initializer.expression &&
              ts.isStringLiteralLike(node.initializer.expression)))
        ) {
          literals.push(where(source, node));
        }
      });
    }
    expect(literals).toEqual([]);
  });

  it('takes every colour from the theme (system colours only for forced-colours mode)', () => {
    const colours: string[] = [];
    for (const source of sourceFiles(SRC).map(parse)) {
      visit(source, (node) => {
        if (ts.isStringLiteralLike(node) && /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(node.text)) {
          colours.push(where(source, node));
        }
      });
    }
    expect(colours).toEqual([]);
  });
});

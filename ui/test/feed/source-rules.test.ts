/**
 * @jest-environment node
 */
// Rules that keep the Feed working in two languages, in every host theme, and safe with people's HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '../../src/feed');

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

function findings(test: (node: ts.Node) => boolean, files = sourceFiles(SRC)): string[] {
  const found: string[] = [];
  for (const source of files.map(parse)) {
    const visit = (node: ts.Node): void => {
      if (test(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(SRC, source.fileName)}:${line + 1} ${node.getText().slice(0, 60)}`);
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return found;
}

const WORDED_PROPS = new Set([
  'text',
  'label',
  'ariaLabel',
  'aria-label',
  'placeholder',
  'title',
  'headerText',
]);

describe('Feed source', () => {
  const components = sourceFiles(SRC).filter((file) => file.endsWith('.tsx'));

  it('takes every word in its components from strings.ts', () => {
    const literals = findings(
      (node) =>
        (ts.isJsxText(node) && /\p{L}/u.test(node.text)) ||
        (ts.isJsxAttribute(node) &&
          WORDED_PROPS.has(node.name.getText()) &&
          node.initializer !== undefined &&
          (ts.isStringLiteral(node.initializer) ||
            (ts.isJsxExpression(node.initializer) &&
              node.initializer.expression !== undefined &&
              ts.isStringLiteralLike(node.initializer.expression)))),
      components,
    );
    expect(literals).toEqual([]);
  });

  it('takes every colour from the theme', () => {
    expect(
      findings(
        (node) => ts.isStringLiteralLike(node) && /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(node.text),
      ),
    ).toEqual([]);
  });

  it('never sets HTML directly: people’s text goes through SafeHtml', () => {
    expect(
      findings(
        (node) => ts.isIdentifier(node) && ['dangerouslySetInnerHTML', 'outerHTML'].includes(node.text),
      ),
    ).toEqual([]);
  });
});

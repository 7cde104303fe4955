/**
 * @jest-environment node
 */
// Rules that keep the Feed working in two languages, in every host theme, and safe with people's HTML.
import { join } from 'node:path';
import ts from 'typescript';
import { findings, isColourLiteral, isWordedLiteral, sourceFiles } from '../shared/source-rules';

const SRC = join(__dirname, '../../src/feed');

describe('Feed source', () => {
  const components = sourceFiles(SRC).filter((file) => file.endsWith('.tsx'));

  it('has components to check', () => {
    expect(components.length).toBeGreaterThan(10);
  });

  it('takes every word in its components from strings.ts', () => {
    expect(findings(SRC, components, isWordedLiteral)).toEqual([]);
  });

  it('takes every colour from the theme', () => {
    expect(findings(SRC, sourceFiles(SRC), isColourLiteral)).toEqual([]);
  });

  it('never sets HTML directly: people’s text goes through SafeHtml', () => {
    const setsHtml = (node: ts.Node) =>
      ts.isIdentifier(node) && ['dangerouslySetInnerHTML', 'outerHTML'].includes(node.text);
    expect(findings(SRC, sourceFiles(SRC), setsHtml)).toEqual([]);
  });
});

/**
 * @jest-environment node
 */
// Rules that keep the Talentfinder working in two languages and in every host theme, checked on the source.
import { join } from 'node:path';
import { findings, isColourLiteral, isWordedLiteral, sourceFiles } from '../shared/source-rules';

const SRC = join(__dirname, '../../src/talentfinder');

describe('Talentfinder source', () => {
  const components = sourceFiles(SRC).filter((file) => file.endsWith('.tsx'));

  it('has components to check', () => {
    expect(components.length).toBeGreaterThan(10);
  });

  it('takes every word in its components from strings.ts', () => {
    expect(findings(SRC, components, isWordedLiteral)).toEqual([]);
  });

  it('takes every colour from the theme (system colours only for forced-colours mode)', () => {
    expect(findings(SRC, sourceFiles(SRC), isColourLiteral)).toEqual([]);
  });
});

import { toLocale } from '../../src';

describe('toLocale', () => {
  it.each([
    ['nl', 'nl-NL'],
    ['nl-BE', 'nl-NL'],
    ['NL_nl', 'nl-NL'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    [undefined, 'en-US'],
    ['', 'en-US'],
  ])('%p → %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});

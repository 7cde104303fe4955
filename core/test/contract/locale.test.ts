import { negotiateLocale } from '../../src/contract';

describe('negotiateLocale', () => {
  it.each([
    // One tag, as SharePoint's UI culture or Teams' locale gives it.
    ['nl', 'nl-NL'],
    ['nl-NL', 'nl-NL'],
    ['nl-BE', 'nl-NL'],
    ['NL', 'nl-NL'],
    ['NL_nl', 'nl-NL'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    // BCP 47 tags use the shortest ISO 639 code: "nld" is not Dutch, nor is anything merely starting with "nl".
    ['nld', 'en-US'],
    ['nlx', 'en-US'],
    [undefined, 'en-US'],
    ['', 'en-US'],
  ])('reads the tag %p as %s', (tag, locale) => {
    expect(negotiateLocale(tag)).toBe(locale);
  });

  it.each([
    ['nl-NL,nl;q=0.9,en-US;q=0.8', 'nl-NL'],
    ['en-US,en;q=0.8', 'en-US'],
    // The most preferred language Samen speaks, by weight, not merely the first entry.
    ['fr-FR, nl;q=0.9, en;q=0.8', 'nl-NL'],
    ['en;q=0.5, nl;q=0.9', 'nl-NL'],
    ['de, fr', 'en-US'],
    // Weight 0 is "not this one".
    ['nl;q=0, en;q=0.1', 'en-US'],
    ['*', 'en-US'],
  ])('negotiates the Accept-Language %p as %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

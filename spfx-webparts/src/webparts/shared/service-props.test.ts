import { isServiceConfigured, pageLocale } from './service-props';

describe('pageLocale', () => {
  it.each([
    ['nl-NL', 'nl-NL'],
    ['nl-BE', 'nl-NL'],
    ['NL', 'nl-NL'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    // One negotiation for every host (core's negotiateLocale): BCP 47 tags, so "nld" is not Dutch.
    ['nld', 'en-US'],
    ['', 'en-US'],
    [undefined, 'en-US']
  ])('speaks %s as %s', (culture, expected) => {
    expect(pageLocale(culture)).toBe(expected);
  });
});

describe('isServiceConfigured', () => {
  it('needs both the service address and the API resource', () => {
    expect(isServiceConfigured({ serviceUrl: 'https://samen.contoso.com', apiResource: 'api://abc' })).toBe(true);
    expect(isServiceConfigured({ serviceUrl: 'https://samen.contoso.com', apiResource: ' ' })).toBe(false);
    expect(isServiceConfigured({ apiResource: 'api://abc' })).toBe(false);
  });
});

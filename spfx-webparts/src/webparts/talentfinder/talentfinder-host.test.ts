import { isConfigured, talentDefaults, talentLocale } from './talentfinder-host';

describe('talentLocale', () => {
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
    expect(talentLocale(culture)).toBe(expected);
  });
});

describe('talentDefaults', () => {
  it('takes the property pane as given', () => {
    expect(
      talentDefaults({ availableOnly: true, department: ' Netwerk ', location: 'Utrecht', pageSize: 20 })
    ).toEqual({ availableOnly: true, department: 'Netwerk', location: 'Utrecht', pageSize: 20 });
  });

  it('reads blank filters as none and keeps the page size within bounds', () => {
    expect(talentDefaults({ department: '  ', location: '', pageSize: 500 })).toEqual({
      availableOnly: false,
      department: undefined,
      location: undefined,
      pageSize: 50
    });
    // The service's own minimum (core's contract), no longer a stricter one of the web part's.
    expect(talentDefaults({ pageSize: 0 }).pageSize).toBe(1);
    expect(talentDefaults({ pageSize: Number.NaN }).pageSize).toBe(10);
    expect(talentDefaults({}).pageSize).toBe(10);
  });
});

describe('isConfigured', () => {
  it('needs both the service address and the API resource', () => {
    expect(isConfigured({ serviceUrl: 'https://samen.contoso.com', apiResource: 'api://abc' })).toBe(true);
    expect(isConfigured({ serviceUrl: 'https://samen.contoso.com', apiResource: ' ' })).toBe(false);
    expect(isConfigured({ apiResource: 'api://abc' })).toBe(false);
  });
});

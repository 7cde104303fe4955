import { availabilityOf, isAvailableNow, MAX_PAGE_SIZE, pageSizeWithin } from '../../src/contract';
import { validateExpertSearch } from '../../src';

describe('pageSizeWithin', () => {
  it.each([
    [undefined, 10],
    [Number.NaN, 10],
    [20, 20],
    [7.6, 8],
    [0, 1],
    [-3, 1],
    [500, 50],
  ])('makes %p a page size of %p', (requested, size) => {
    expect(pageSizeWithin(requested)).toBe(size);
  });

  it('gives only sizes the service accepts', () => {
    for (const requested of [undefined, -1, 0, 1, 25, MAX_PAGE_SIZE, MAX_PAGE_SIZE + 1]) {
      const top = pageSizeWithin(requested);
      expect(() => validateExpertSearch({ text: 'glasvezel', top })).not.toThrow();
    }
  });
});

describe('presence rules', () => {
  it.each([
    ['Available', true],
    ['AvailableIdle', true],
    ['Busy', false],
    ['BeRightBack', false],
    ['Offline', false],
  ])('%s is available now: %p', (availability, expected) => {
    expect(isAvailableNow(availability)).toBe(expected);
  });

  it('reads an availability Graph may add later as unknown', () => {
    expect(availabilityOf('Busy')).toBe('Busy');
    expect(availabilityOf('Focusing')).toBe('PresenceUnknown');
  });
});

import { parseTop } from '../../src/odata';
import { errorOf } from './helpers';

describe('parseTop', () => {
  it.each([
    ['1', 1],
    ['100', 100],
    ['999', 999],
    ['010', 10],
  ])('%s', (text, expected) => {
    expect(parseTop(text, { max: 999 })).toBe(expected);
  });

  it.each(['0', '1000', '-1', '1.5', '', ' 5', '5 ', 'abc', '+5', '1e2', '99999999999999999999'])(
    'rejects %j',
    (text) => {
      const error = errorOf(() => parseTop(text, { max: 999 }));
      expect(error.kind).toBe('invalidTop');
      expect(error.message).toBe(
        `Invalid page size specified: '${text}'. Must be between 1 and 999 inclusive.`,
      );
    },
  );

  it('uses the given maximum', () => {
    expect(parseTop('5000', { max: 5000 })).toBe(5000);
    expect(errorOf(() => parseTop('101', { max: 100 })).message).toBe(
      "Invalid page size specified: '101'. Must be between 1 and 100 inclusive.",
    );
  });
});

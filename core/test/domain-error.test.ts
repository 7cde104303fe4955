import { EmptyQueryError, SelfEndorsementError, hasErrorCode, isDomainError, isTalentError } from '../src';

describe('domain errors', () => {
  it('carry a stable code, a name and a message for developers', () => {
    const error = new SelfEndorsementError();
    expect(error).toBeInstanceOf(Error);
    expect(error).toEqual(
      expect.objectContaining({ code: 'talent.endorsement.self', name: 'SelfEndorsementError' }),
    );
    expect(error.message).toMatch(/endorse themselves/);
  });

  it.each([
    [new EmptyQueryError(), true, true],
    [new Error('boom'), false, false],
    ['talent.query.empty', false, false],
    [undefined, false, false],
  ])('tells domain errors from anything else: %p', (value, domain, talent) => {
    expect(isDomainError(value)).toBe(domain);
    expect(isTalentError(value)).toBe(talent);
  });

  it('guards on a code', () => {
    const error: unknown = new EmptyQueryError();
    expect(hasErrorCode(error, 'talent.query.empty')).toBe(true);
    expect(hasErrorCode(error, 'talent.query.too-long')).toBe(false);
    expect(isTalentError(error, 'talent.query.empty')).toBe(true);
    expect(isTalentError(error, 'talent.skill.required')).toBe(false);
  });
});

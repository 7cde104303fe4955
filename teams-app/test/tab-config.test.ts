import { readTabConfig, TabConfigError } from '../src/tab-config';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const SCOPE = `api://samen.contoso.com/${CLIENT_ID}/access_as_user`;

describe('readTabConfig (the tab URL chooses how it signs in)', () => {
  it('is Nested App Authentication with the client id and scope from the manifest', () => {
    const search = `?clientId=${CLIENT_ID}&scope=${encodeURIComponent(SCOPE)}`;
    expect(readTabConfig(search)).toEqual({ auth: 'naa', clientId: CLIENT_ID, scope: SCOPE, serviceUrl: '' });
  });

  it('is dev tenant tokens on the local portal, for the user in ?as=', () => {
    expect(readTabConfig('?auth=dev&as=u-7')).toEqual({ auth: 'dev', userId: 'u-7', serviceUrl: '' });
  });

  it('takes another service address when given', () => {
    expect(readTabConfig('?auth=dev&service=https://samen.contoso.com').serviceUrl).toBe(
      'https://samen.contoso.com',
    );
  });

  it.each([
    ['no settings at all', ''],
    ['a client id that is not a GUID', `?clientId=abc&scope=${encodeURIComponent(SCOPE)}`],
    ['a scope that is not an api:// scope', `?clientId=${CLIENT_ID}&scope=User.Read`],
    ['a service that is not http(s)', `?auth=dev&service=javascript:alert(1)`],
  ])('rejects %s', (_case, search) => {
    expect(() => readTabConfig(search)).toThrow(TabConfigError);
  });
});

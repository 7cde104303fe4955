/**
 * @jest-environment node
 */
// Node's own fetch against a real local server: the same wire a browser uses.
import { HttpTalentService, isTalentServiceError, TalentServiceError } from '../../src';
import type { TalentQuery } from '../../src';
import { userMessageOf } from '../../src/talentfinder/error-message';
import { talentfinderStrings } from '../../src';
import { HttpStub } from './http-stub';

const annaWire = {
  id: 'u-anna',
  displayName: 'Anna de Vries',
  jobTitle: 'Sales engineer',
  department: 'Zakelijke markt',
  officeLocation: null,
  userPrincipalName: 'anna.devries@contoso.nl',
  presence: { availability: 'Available', activity: 'Available' },
  matchedSkills: ['Glasvezel'],
  why: 'vaardigheden: Glasvezel · 4 keer onderschreven',
  score: 0.92,
};

const meWire = {
  id: 'u-me',
  displayName: 'Sanne Visser',
  skills: ['Kubernetes'],
  openToQuestions: true,
  languages: ['Nederlands'],
  endorsements: [{ skill: 'kubernetes', label: 'Kubernetes', count: 2 }],
};

const query: TalentQuery = { q: 'glasvezel & ftth', available: true, top: 10, skip: 20 };
const en = { locale: 'en-US' } as const;
const nl = { locale: 'nl-NL' } as const;

describe('HttpTalentService', () => {
  const stub = new HttpStub();
  let baseUrl = '';
  let service: HttpTalentService;
  const getToken = jest.fn(() => Promise.resolve('token-123'));

  beforeAll(async () => {
    baseUrl = await stub.start();
  });
  afterAll(() => stub.stop());
  beforeEach(() => {
    stub.requests.length = 0;
    stub.unexpected.length = 0;
    service = new HttpTalentService({ baseUrl, getToken });
  });
  afterEach(() => expect(stub.unexpected).toEqual([]));

  describe('requests', () => {
    it('builds the search URL from the query, leaving out empty filters', async () => {
      stub.on('GET', '/api/talent/search?q=glasvezel+%26+ftth&available=true&top=10&skip=20', {
        status: 200,
        body: { total: 1, results: [annaWire], suggestions: [] },
      });
      const page = await service.search(query, nl);
      expect(page.total).toBe(1);
      expect(page.suggestions).toEqual([]);
      expect(page.results[0]).toMatchObject({
        id: 'u-anna',
        officeLocation: '',
        matchedSkills: ['Glasvezel'],
      });
    });

    it('sends department and location when given', async () => {
      stub.on(
        'GET',
        '/api/talent/search?q=k8s&available=false&top=5&skip=0&department=Netwerk&location=%27s-Hertogenbosch',
        {
          status: 200,
          body: { total: 0, results: [], suggestions: [{ skillId: 'kubernetes', label: 'Kubernetes' }] },
        },
      );
      const page = await service.search(
        { q: 'k8s', available: false, top: 5, skip: 0, department: 'Netwerk', location: "'s-Hertogenbosch" },
        en,
      );
      expect(page.suggestions).toEqual([{ skillId: 'kubernetes', label: 'Kubernetes' }]);
    });

    it('sends the bearer token and the host language with every request', async () => {
      stub.on('GET', '/api/talent/suggest?q=gla', { status: 200, body: { suggestions: [] } });
      await service.suggestSkills('gla', nl);
      const [request] = stub.requests;
      expect(request!.headers.authorization).toBe('Bearer token-123');
      expect(request!.headers['accept-language']).toBe('nl-NL');
      expect(request!.headers.accept).toBe('application/json');
    });

    it('asks for a token per request, so a renewed token is used', async () => {
      stub.on('GET', '/api/talent/me', { status: 200, body: meWire });
      getToken.mockResolvedValueOnce('first').mockResolvedValueOnce('second');
      await service.myExpertise(en);
      await service.myExpertise(en);
      expect(stub.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer first',
        'Bearer second',
      ]);
    });

    it('sends only the changed fields of my expertise as JSON', async () => {
      stub.on('PATCH', '/api/talent/me', { status: 200, body: { ...meWire, openToQuestions: false } });
      const saved = await service.updateMyExpertise({ openToQuestions: false }, en);
      expect(saved.openToQuestions).toBe(false);
      expect(stub.requests[0]!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(stub.requests[0]!.body)).toEqual({ openToQuestions: false });
    });

    it('endorses and withdraws at the person’s endorsements, with the skill in the body', async () => {
      stub.on('POST', '/api/talent/people/u%2Fanna/endorsements', {
        status: 201,
        body: { skill: 'glasvezel', label: 'Glasvezel', count: 5 },
      });
      stub.on('DELETE', '/api/talent/people/u%2Fanna/endorsements', { status: 204 });

      await expect(service.endorse('u/anna', 'glasvezel', en)).resolves.toEqual({
        skill: 'glasvezel',
        label: 'Glasvezel',
        count: 5,
      });
      await expect(service.withdrawEndorsement('u/anna', 'glasvezel', en)).resolves.toBeUndefined();
      expect(stub.requests.map((request) => JSON.parse(request.body))).toEqual([
        { skill: 'glasvezel' },
        { skill: 'glasvezel' },
      ]);
    });

    it('accepts a base URL with a path and a trailing slash', async () => {
      stub.on('GET', '/samen/api/talent/me', { status: 200, body: meWire });
      const prefixed = new HttpTalentService({ baseUrl: `${baseUrl}/samen/`, getToken });
      await expect(prefixed.myExpertise(en)).resolves.toMatchObject({ id: 'u-me' });
    });
  });

  describe('problems', () => {
    async function failure(promise: Promise<unknown>): Promise<TalentServiceError> {
      const error: unknown = await promise.then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      if (!isTalentServiceError(error))
        throw new Error(`expected a TalentServiceError, got ${String(error)}`);
      return error;
    }

    it.each([
      [400, 'invalidRequest', 'Er klopt iets niet in het verzoek.'],
      [401, 'unauthenticated', 'Meld je opnieuw aan.'],
      [403, 'forbidden', 'Je mag dit niet doen.'],
      [404, 'notFound', 'Dat konden we niet vinden.'],
      [409, 'talent.endorsement.duplicate', 'Je hebt Anna al onderschreven voor Glasvezel.'],
      [403, 'talent.endorsement.self', 'Je kunt jezelf niet onderschrijven.'],
      [503, 'unavailable', 'Samen heeft het even druk. Probeer het zo nog eens.'],
    ])('maps %i %s to a typed error with the service’s message', async (status, code, message) => {
      stub.on('POST', '/api/talent/people/u-anna/endorsements', { status, body: { status, code, message } });
      const error = await failure(service.endorse('u-anna', 'glasvezel', nl));
      expect(error).toBeInstanceOf(TalentServiceError);
      expect(error).toMatchObject({ status, code, userMessage: message });
    });

    it('falls back to the status when the body is not a problem, with no message to show', async () => {
      stub.on('GET', '/api/talent/me', { status: 503, text: '<html>Service Unavailable</html>' });
      const error = await failure(service.myExpertise(en));
      expect(error).toMatchObject({ status: 503, code: 'unavailable', userMessage: undefined });
    });

    it('reports an answer that is not the API’s shape as invalidResponse, named for developers', async () => {
      stub.on('GET', '/api/talent/me', { status: 200, body: { id: 'u-me', skills: 'Kubernetes' } });
      const error = await failure(service.myExpertise(en));
      expect(error).toMatchObject({ status: 200, code: 'invalidResponse', userMessage: undefined });
      expect(error.message).toContain('me.skills');
    });

    it.each([
      [
        'a result without presence',
        { total: 1, results: [{ ...annaWire, presence: undefined }], suggestions: [] },
      ],
      ['a field the contract does not have', { total: 0, results: [], suggestions: [], nextPage: 2 }],
      ['no suggestions', { total: 0, results: [] }],
      ['a negative total', { total: -1, results: [], suggestions: [] }],
    ])('turns a search reply with %s into a localised message, not a crash', async (_name, body) => {
      stub.on('GET', '/api/talent/search?q=k8s&available=false&top=5&skip=0', { status: 200, body });
      const search = { q: 'k8s', available: false, top: 5, skip: 0 };
      const error = await failure(service.search(search, nl));
      expect(error.code).toBe('invalidResponse');
      expect(userMessageOf(error, talentfinderStrings('nl-NL'))).toBe(
        'Samen gaf een antwoord dat deze pagina niet begrijpt. Laad de pagina opnieuw en probeer het nog eens.',
      );
      expect(userMessageOf(error, talentfinderStrings('en-US'))).toBe(
        'Samen sent an answer this page does not understand. Reload the page and try again.',
      );
    });

    it('reports an unreachable service as a network problem', async () => {
      const offline = new HttpTalentService({ baseUrl: 'http://127.0.0.1:9', getToken });
      const error = await failure(offline.myExpertise(en));
      expect(error).toMatchObject({ status: 0, code: 'network' });
    });

    it('reports a token that cannot be had as unauthenticated, without calling the service', async () => {
      const signedOut = new HttpTalentService({
        baseUrl,
        getToken: () => Promise.reject(new Error('interaction_required')),
      });
      const error = await failure(signedOut.myExpertise(en));
      expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
      expect(stub.requests).toHaveLength(0);
    });

    it('lets a cancelled request end as an AbortError, not a problem', async () => {
      stub.on('GET', '/api/talent/suggest?q=slow', { status: 200, body: { suggestions: [] }, delayMs: 500 });
      const controller = new AbortController();
      const pending = service.suggestSkills('slow', { locale: 'en-US', signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    });
  });
});

// The shared contract cases against the real service, in process on the dev tenant, reached the way the web
// part reaches it: through ui's HttpTalentService, whose fetch also checks every raw reply against the
// contract. ui/test/talentfinder/talent-contract.test.ts runs the same cases against ui's test fake.
import { operationOf, replyViolation } from '@samen/core/contract';
import { HttpTalentService } from '../../ui/src/talentfinder/http/http-talent-service';
import { describeTalentContract, type TalentContractSubject } from '../../test-support/talent-contract';
import { app, someUsers, tenant, userToken } from '../../test-support/tenant';
import type { RunningService } from '../src/service';
import { startServiceOnDevTenant } from './support/service';

const t = tenant();
const service = app(t, 'samen-service');
let running: RunningService;
let subject: TalentContractSubject;
const violations: string[] = [];

/** fetch, plus a check of the service's raw reply against the contract before HttpTalentService parses it. */
const checkedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = new URL(String(input));
  const operation = operationOf(init?.method ?? 'GET', url.pathname);
  const text = await response.clone().text();
  const violation = operation
    ? replyViolation(operation, response.status, text ? (JSON.parse(text) as unknown) : undefined)
    : 'not an operation of the contract';
  if (violation) violations.push(`${init?.method ?? 'GET'} ${url.pathname}: ${violation}`);
  return response;
};

beforeAll(async () => {
  running = await startServiceOnDevTenant();
  // People of their own (other files use the first few), so endorsements here meet no one else's.
  const users = await someUsers(t, 12);
  const [caller, colleague] = [users[10]!, users[11]!];
  const token = await userToken(t, caller.userPrincipalName, `api://${service.clientId}/access_as_user`);
  const client = (getToken: () => Promise<string>) =>
    new HttpTalentService({ baseUrl: running.url, getToken, fetch: checkedFetch });
  subject = {
    service: client(() => Promise.resolve(token)),
    signedOut: client(() => Promise.resolve('not-a-token')),
    me: caller.id,
    colleague: colleague.id,
    nobody: '00000000-0000-4000-8000-000000000000',
    query: 'glasvezel',
    mistyped: 'kubrenetes',
    meant: 'Kubernetes',
    prefix: 'kub',
    suggested: 'Kubernetes',
  };
}, 120_000);

afterAll(() => running.close());

// A reply the contract does not allow fails the case that caused it, not only a summary at the end.
afterEach(() => expect(violations.splice(0)).toEqual([]));

describeTalentContract('the service on the dev tenant', () => subject);

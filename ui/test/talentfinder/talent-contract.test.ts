/**
 * @jest-environment node
 */
// The shared contract cases against the fake that every ui test renders the app on: if the fake drifts from
// the service (a status, a code, a text), this fails here while bot/test/talent-contract.test.ts still passes.
import { describeTalentContract } from '../../../test-support/talent-contract';
import { FakeTalentService } from './fake-talent-service';
import { bram, me, myExpertise, people, vocabulary } from './people';

const fake = (signedIn: boolean) =>
  new FakeTalentService(people, { me: myExpertise, vocabulary, latency: () => 0, signedIn });

describeTalentContract('the ui’s test fake', () => ({
  service: fake(true),
  signedOut: fake(false),
  me: me.id,
  colleague: bram.id,
  nobody: '00000000-0000-4000-8000-000000000000',
  query: 'glasvezel',
  mistyped: 'kubrenetes',
  meant: 'Kubernetes',
  prefix: 'kub',
  suggested: 'Kubernetes',
}));

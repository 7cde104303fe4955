import { describeFeedStoreContract } from '../../../test-support/feed-store-contract';
import { feedWorld } from './world';

// The fakes core's use-case tests run on, held to the same contract as the Graph adapters on the dev tenant.
const world = feedWorld();
describeFeedStoreContract('in-memory fakes', () => world);

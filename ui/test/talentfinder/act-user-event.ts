import { configure } from '@testing-library/dom';
import { act, configure as configureReactTesting } from '@testing-library/react';

// findBy/waitFor wait for a condition, up to this long: the default second is too short for a long user flow on
// a loaded two-core machine (a flow failed once so in a parallel run), and waiting longer costs nothing when the
// condition holds sooner.
const ASYNC_TIMEOUT_MS = 5_000;
configureReactTesting({ asyncUtilTimeout: ASYNC_TIMEOUT_MS });

// user-event 14 drives the page through its peer @testing-library/dom (10, hoisted to the root), while
// @testing-library/react 12 — the last to support React 17 — configured only its own nested copy (8) to wrap
// events in act(). Configure the copy user-event uses the same way, so React state updates that land while
// user-event is typing or clicking are flushed inside act(), as they are for RTL's own queries.
configure({
  asyncUtilTimeout: ASYNC_TIMEOUT_MS,
  asyncWrapper: async (callback) => {
    let result: unknown;
    await act(async () => {
      result = await callback();
    });
    return result;
  },
  eventWrapper: (callback) => {
    let result: unknown;
    act(() => {
      result = callback();
    });
    return result;
  },
});

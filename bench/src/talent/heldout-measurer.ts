// Entry of the held-out child: every engine on the held-out set's profiles and queries, by split and by kind.
import { childMain } from '../child';
import { ENGINES } from './engines';
import { CUTOFF, HELD_OUT_KINDS, loadHeldOut, outcomeOf, summarise, type HeldOutQuery } from './heldout';
import type { HeldOutOutput } from './shared';

function measureHeldOut(): Promise<HeldOutOutput> {
  const { profiles, queries } = loadHeldOut();
  const engines = ENGINES.map((engine) => {
    const built = engine.build(profiles);
    const outcome = (q: HeldOutQuery) => outcomeOf(built.search(q.text, CUTOFF), q.judgments);
    const of = (list: readonly HeldOutQuery[]) => summarise(list.map(outcome));
    const report = queries.filter((q) => q.split === 'report');
    return {
      engine: engine.name,
      bySplit: { tune: of(queries.filter((q) => q.split === 'tune')), report: of(report) },
      reportByKind: Object.fromEntries(
        HELD_OUT_KINDS.map((kind) => [kind, of(report.filter((q) => q.kind === kind))]),
      ),
    };
  });
  return Promise.resolve({ profiles: profiles.length, engines });
}

childMain(measureHeldOut);

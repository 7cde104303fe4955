// For tuning: the held-out set's TUNE half only (odd query ids), per engine, with Samen's misses listed. The
// report half is never printed here: it is read once, by `npm run bench -- talent`, after tuning is done.
import { miniSearchEngine, samenEngine, type Engine } from './engines';
import { generateOrganisation } from '@samen/dev-tenant/seed';
import { CUTOFF, loadHeldOut, outcomeOf, summarise } from './heldout';
import { DOMAIN, TENANT_SEED, profileOf } from './queries';

function main(): void {
  const { profiles: own, queries } = loadHeldOut();
  const crowd = Number(process.argv.find((a) => a.startsWith('--crowd='))?.slice(8) ?? 0);
  const seeded =
    crowd > 0
      ? generateOrganisation({ seed: TENANT_SEED, people: crowd, domain: DOMAIN }).people.map(profileOf)
      : [];
  const profiles = [...own, ...seeded];
  const tune = queries.filter((q) => q.split === 'tune');
  const engines: Engine[] = [samenEngine, miniSearchEngine];
  for (const engine of engines) {
    const built = engine.build(profiles);
    const outcomes = tune.map((q) => ({ q, returned: built.search(q.text, CUTOFF) }));
    const summary = summarise(outcomes.map(({ q, returned }) => outcomeOf(returned, q.judgments)));
    console.log(
      `${engine.name.padEnd(32)} ndcg ${summary.ndcg.toFixed(3)}  mrr ${summary.mrr.toFixed(3)}  s@3 ${summary.successAt3.toFixed(3)}  (${summary.queries})`,
    );
    if (engine !== samenEngine || !process.argv.includes('--misses')) continue;
    for (const { q, returned } of outcomes) {
      const outcome = outcomeOf(returned, q.judgments);
      if (outcome.successAt3) continue;
      const want = Object.entries(q.judgments)
        .filter(([, g]) => g >= 2)
        .map(([id]) => id);
      console.log(
        `  miss ${q.id} [${q.kind}] "${q.text}" want ${want.join(',')} got ${returned.slice(0, 5).join(',')}`,
      );
    }
  }
}

main();

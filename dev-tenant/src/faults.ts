import { z } from 'zod';

/**
 * Faults on demand for resilience tests. Each rule matches requests by method and path (a regular expression
 * over "METHOD /path", e.g. "^GET /users") and fires for a share of them (evenly spread, so a share of 0.25
 * fires on every fourth match) and/or for the next `count` matches.
 */
export const faultRuleSchema = z.strictObject({
  kind: z.enum(['throttle', 'unavailable', 'latency']),
  route: z.string().max(500).optional(),
  share: z.number().min(0).max(1).optional(),
  count: z.number().int().min(1).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});
export const faultConfigSchema = z.strictObject({ rules: z.array(faultRuleSchema).max(50) });
export type FaultRule = z.infer<typeof faultRuleSchema>;

export type FaultOutcome =
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'unavailable'; retryAfterSeconds: number }
  | { kind: 'latency'; latencyMs: number };

interface ActiveRule extends FaultRule {
  pattern: RegExp;
  seen: number;
  fired: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  configure(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ ...rule, pattern: new RegExp(rule.route ?? ''), seen: 0, fired: 0 }));
  }

  describe(): { rules: Array<FaultRule & { seen: number; fired: number }> } {
    return { rules: this.rules.map(({ pattern: _p, ...rule }) => rule) };
  }

  /** The faults that apply to this request, latency first; each matching rule counts the request. */
  check(method: string, path: string): FaultOutcome[] {
    const key = `${method} ${path}`;
    const outcomes: FaultOutcome[] = [];
    for (const rule of this.rules) {
      if (!rule.pattern.test(key) || !this.fires(rule)) continue;
      outcomes.push(outcomeOf(rule));
    }
    return outcomes.sort((a) => (a.kind === 'latency' ? -1 : 1));
  }

  private fires(rule: ActiveRule): boolean {
    rule.seen += 1;
    const byCount = rule.count !== undefined && rule.fired < rule.count;
    const share = rule.share ?? (rule.count === undefined ? 1 : 0);
    const byShare = Math.floor(rule.seen * share) > Math.floor((rule.seen - 1) * share);
    if (byCount || (rule.count === undefined && byShare)) {
      rule.fired += 1;
      return true;
    }
    return false;
  }
}

function outcomeOf(rule: FaultRule): FaultOutcome {
  if (rule.kind === 'latency') return { kind: 'latency', latencyMs: rule.latencyMs ?? 1000 };
  return { kind: rule.kind, retryAfterSeconds: rule.retryAfterSeconds ?? (rule.kind === 'throttle' ? 2 : 0) };
}

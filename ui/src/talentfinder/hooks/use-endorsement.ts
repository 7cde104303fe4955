import { useCallback, useEffect, useRef, useState } from 'react';
import { isTalentServiceError, TalentProblem } from '../talent-service-error';
import { useTalentfinder } from '../talentfinder-context';

export type EndorsementOutcome =
  | { readonly kind: 'endorsed'; readonly skill: string; readonly count: number }
  | { readonly kind: 'withdrawn'; readonly skill: string }
  /** Nothing to fix: already endorsed, or it is you. The service's message says which. */
  | { readonly kind: 'refused'; readonly error: unknown }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface Endorsement {
  /** Skills endorsed in this session (or found to be endorsed already). */
  readonly endorsed: ReadonlySet<string>;
  readonly pending?: string;
  readonly outcome?: EndorsementOutcome;
  /** Endorses `skill`, or withdraws the endorsement when it is already given. */
  toggle(skill: string): void;
  dismiss(): void;
}

/** Endorsing one colleague for one of their matching skills at a time. */
export function useEndorsement(personId: string): Endorsement {
  const { service, locale } = useTalentfinder();
  const [endorsed, setEndorsed] = useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<EndorsementOutcome | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const mark = useCallback((skill: string, on: boolean) => {
    setEndorsed((current) => {
      const next = new Set(current);
      if (on) next.add(skill);
      else next.delete(skill);
      return next;
    });
  }, []);

  const run = useCallback(
    async (skill: string, withdraw: boolean) => {
      setPending(skill);
      setOutcome(undefined);
      try {
        if (withdraw) {
          await service.withdrawEndorsement(personId, skill, { locale });
          if (!mounted.current) return;
          mark(skill, false);
          setOutcome({ kind: 'withdrawn', skill });
        } else {
          const { label, count } = await service.endorse(personId, skill, { locale });
          if (!mounted.current) return;
          mark(skill, true);
          setOutcome({ kind: 'endorsed', skill: label || skill, count });
        }
      } catch (error) {
        if (!mounted.current) return;
        if (isTalentServiceError(error, TalentProblem.duplicateEndorsement)) mark(skill, true);
        // On the code, not the status: the contract gives self-endorsement 403 and a duplicate 409.
        const refused =
          isTalentServiceError(error, TalentProblem.duplicateEndorsement) ||
          isTalentServiceError(error, TalentProblem.selfEndorsement);
        setOutcome({ kind: refused ? 'refused' : 'failed', error });
      } finally {
        if (mounted.current) setPending(undefined);
      }
    },
    [service, locale, personId, mark],
  );

  const toggle = useCallback((skill: string) => void run(skill, endorsed.has(skill)), [run, endorsed]);
  const dismiss = useCallback(() => setOutcome(undefined), []);
  return { endorsed, pending, outcome, toggle, dismiss };
}

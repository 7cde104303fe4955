import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExpertiseChange, MyExpertise } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';

export type SaveOutcome = { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly error: unknown };

export interface MyExpertiseState {
  readonly phase: 'closed' | 'loading' | 'ready' | 'error';
  /** As the service last said it is. */
  readonly expertise?: MyExpertise;
  readonly loadError?: unknown;
  readonly saving: boolean;
  readonly saveOutcome?: SaveOutcome;
}

export interface MyExpertiseApi {
  readonly state: MyExpertiseState;
  reload(): void;
  save(change: ExpertiseChange): void;
}

const CLOSED: MyExpertiseState = { phase: 'closed', saving: false };

/** The caller's own expertise: read fresh each time the panel opens, saved on request. */
export function useMyExpertise(open: boolean): MyExpertiseApi {
  const { service, locale } = useTalentfinder();
  const [state, setState] = useState<MyExpertiseState>(CLOSED);
  const loading = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const load = useCallback(async () => {
    loading.current?.abort();
    const controller = new AbortController();
    loading.current = controller;
    setState({ phase: 'loading', saving: false });
    try {
      const expertise = await service.myExpertise({ locale, signal: controller.signal });
      if (!controller.signal.aborted) setState({ phase: 'ready', expertise, saving: false });
    } catch (error) {
      if (!controller.signal.aborted) setState({ phase: 'error', loadError: error, saving: false });
    }
  }, [service, locale]);

  useEffect(() => {
    if (open) void load();
    else setState(CLOSED);
    return () => loading.current?.abort();
  }, [open, load]);

  // A save is a write: closing the panel does not cancel it.
  const save = useCallback(
    async (change: ExpertiseChange) => {
      setState((current) => ({ ...current, saving: true, saveOutcome: undefined }));
      try {
        const expertise = await service.updateMyExpertise(change, { locale });
        if (mounted.current)
          setState((current) => ({ ...current, expertise, saving: false, saveOutcome: { kind: 'saved' } }));
      } catch (error) {
        if (mounted.current)
          setState((current) => ({ ...current, saving: false, saveOutcome: { kind: 'failed', error } }));
      }
    },
    [service, locale],
  );

  const reload = useCallback(() => void load(), [load]);
  const saveChange = useCallback((change: ExpertiseChange) => void save(change), [save]);
  return { state, reload, save: saveChange };
}

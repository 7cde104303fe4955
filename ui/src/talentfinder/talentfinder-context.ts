import { createContext, useContext } from 'react';
import type { TalentfinderHost } from './host';
import type { TalentfinderStrings } from './strings';
import type { Locale } from '@samen/core/contract';
import type { TalentService } from './talent-service';

export interface TalentfinderContextValue {
  readonly service: TalentService;
  readonly host: TalentfinderHost;
  readonly locale: Locale;
  readonly strings: TalentfinderStrings;
}

export const TalentfinderContext = createContext<TalentfinderContextValue | undefined>(undefined);

/** The service, host and words of the surrounding TalentfinderApp. */
export function useTalentfinder(): TalentfinderContextValue {
  const value = useContext(TalentfinderContext);
  if (!value) throw new Error('useTalentfinder must be used inside TalentfinderApp');
  return value;
}

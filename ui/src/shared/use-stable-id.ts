import { getId } from '@fluentui/react';
import { useState } from 'react';

/** An id that stays the same for a component's life (React 17 has no useId). */
export function useStableId(prefix: string): string {
  const [id] = useState(() => getId(prefix));
  return id;
}

import { useEffect, useState } from 'react';
import type { Locale } from '@samen/core/contract';
import type { FeedService } from '../feed-service';
import type { FeedHost } from '../host';

/**
 * Whether to offer moderation: what the host says when it knows, otherwise the service's answer (GET
 * /api/feed/me). Until it answers, or when it cannot, nothing is offered; the service decides every action anyway.
 */
export function useIsModerator(service: FeedService, host: FeedHost, locale: Locale): boolean {
  const [answer, setAnswer] = useState(false);
  useEffect(() => {
    if (host.isModerator !== undefined) return undefined;
    const controller = new AbortController();
    service.reader({ locale, signal: controller.signal }).then(
      (me) => setAnswer(me.isModerator),
      () => setAnswer(false),
    );
    return () => controller.abort();
  }, [service, host.isModerator, locale]);
  return host.isModerator ?? answer;
}

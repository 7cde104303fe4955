import { AdaptiveCard, ExecuteAction, HostConfig, OpenUrlAction, type Action } from 'adaptivecards';
import { useEffect, useMemo, useRef } from 'react';
import { hostConfigFor, type FrameTheme } from './frame-theme';

export interface CardHandlers {
  /** Action.Execute (Universal Actions): the frame sends an `adaptiveCard/action` invoke. */
  readonly onExecute: (verb: string, data: Record<string, unknown>) => void;
  readonly onOpenUrl: (url: string) => void;
}

export interface AdaptiveCardViewProps extends CardHandlers {
  readonly card: Record<string, unknown>;
  readonly theme: FrameTheme;
}

function dataOf(action: ExecuteAction): Record<string, unknown> {
  const data: unknown = action.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * One Adaptive Card, drawn by Microsoft's renderer (the `adaptivecards` library) with the theme's host config.
 * Card texts are set as text, not HTML: no markdown processor is installed, so nothing the bot sends is markup.
 */
export function AdaptiveCardView({ card, theme, onExecute, onOpenUrl }: AdaptiveCardViewProps): JSX.Element {
  const holder = useRef<HTMLDivElement>(null);
  const hostConfig = useMemo(() => new HostConfig(hostConfigFor(theme)), [theme]);
  // The handlers change on every render of the chat; the card is drawn again only when it or the theme does.
  const handlers = useRef<CardHandlers>({ onExecute, onOpenUrl });
  handlers.current = { onExecute, onOpenUrl };

  useEffect(() => {
    const adaptive = new AdaptiveCard();
    adaptive.hostConfig = hostConfig;
    adaptive.onExecuteAction = (action: Action) => {
      if (action instanceof ExecuteAction) handlers.current.onExecute(action.verb ?? '', dataOf(action));
      else if (action instanceof OpenUrlAction && action.url) handlers.current.onOpenUrl(action.url);
    };
    adaptive.parse(card);
    const rendered = adaptive.render();
    holder.current?.replaceChildren(...(rendered ? [rendered] : []));
  }, [card, hostConfig]);

  return <div ref={holder} className="frame-card" />;
}

import { registerIcons } from '@fluentui/react';

/**
 * Fluent's icons, drawn inline. On SharePoint the page already has Fluent's icon font; elsewhere (the Teams tab,
 * the local portal) `initializeIcons()` would fetch it from Microsoft's CDN, which a local machine may not reach,
 * and missing glyphs show as boxes. So those hosts register the few icons the Talentfinder and Fluent's own
 * controls use as SVG: no network, crisp.
 */
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.3, strokeLinecap: 'round' } as const;

function icon(children: JSX.Element): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

let registered = false;

export function registerTalentfinderIcons(): void {
  if (registered) return;
  registered = true;
  const cross = <path {...stroke} d="M4 4l8 8M12 4l-8 8" />;
  registerIcons(
    {
      icons: {
        ChevronDown: icon(<path {...stroke} strokeLinejoin="round" d="M3.5 6l4.5 4.5L12.5 6" />),
        ChevronUp: icon(<path {...stroke} strokeLinejoin="round" d="M3.5 10.5L8 6l4.5 4.5" />),
        Search: icon(
          <g {...stroke}>
            <circle cx="6.8" cy="6.8" r="4.3" />
            <path d="M10 10l4 4" />
          </g>,
        ),
        Clear: icon(cross),
        Cancel: icon(cross),
        CheckMark: icon(<path {...stroke} strokeLinejoin="round" d="M3 8.5l3.2 3.2L13 5" />),
        Chat: icon(<path {...stroke} strokeLinejoin="round" d="M2.5 3.5h11v7.5H8l-3.5 2.5V11h-2z" />),
        Contact: icon(
          <g {...stroke}>
            <circle cx="8" cy="5.3" r="2.8" />
            <path d="M2.8 14c0-3 2.3-4.8 5.2-4.8s5.2 1.8 5.2 4.8" />
          </g>,
        ),
        Mail: icon(
          <g {...stroke} strokeLinejoin="round">
            <rect x="1.8" y="3.5" width="12.4" height="9" rx="1" />
            <path d="M2.2 4.2L8 8.8l5.8-4.6" />
          </g>,
        ),
        Ribbon: icon(
          <g {...stroke} strokeLinejoin="round">
            <circle cx="8" cy="6" r="3.8" />
            <path d="M5.6 9l-1.4 5 3.8-1.8 3.8 1.8-1.4-5" />
          </g>,
        ),
        Info: icon(
          <g {...stroke}>
            <circle cx="8" cy="8" r="6.3" />
            <path d="M8 7.3v4" />
            <path d="M8 4.8v.2" strokeWidth="1.8" />
          </g>,
        ),
        ErrorBadge: icon(
          <g {...stroke}>
            <circle cx="8" cy="8" r="6.3" />
            <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
          </g>,
        ),
        Completed: icon(
          <g {...stroke} strokeLinejoin="round">
            <circle cx="8" cy="8" r="6.3" />
            <path d="M5 8.3l2 2 4-4.3" />
          </g>,
        ),
        Warning: icon(
          <g {...stroke} strokeLinejoin="round">
            <path d="M8 2L14.5 13.5h-13z" />
            <path d="M8 6.5v3.5M8 11.8v.2" />
          </g>,
        ),
        Blocked2: icon(
          <g {...stroke}>
            <circle cx="8" cy="8" r="6.3" />
            <path d="M3.6 12.4l8.8-8.8" />
          </g>,
        ),
        Waffle: icon(
          <g fill="currentColor">
            {[2, 7, 12].flatMap((y) =>
              [2, 7, 12].map((x) => <rect key={`${x}-${y}`} x={x} y={y} width="2.2" height="2.2" />),
            )}
          </g>,
        ),
      },
    },
    { disableWarnings: true },
  );
}

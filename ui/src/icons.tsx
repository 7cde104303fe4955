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

let feedRegistered = false;

/** The Feed's icons as inline SVG, for hosts without Fluent's icon font (see above). */
export function registerFeedIcons(): void {
  registerTalentfinderIcons();
  if (feedRegistered) return;
  feedRegistered = true;
  const heart = 'M8 13.5S2 9.8 2 6a3 3 0 0 1 6-1 3 3 0 0 1 6 1c0 3.8-6 7.5-6 7.5z';
  registerIcons(
    {
      icons: {
        Add: icon(<path {...stroke} d="M8 3v10M3 8h10" />),
        Back: icon(<path {...stroke} strokeLinejoin="round" d="M13 8H3.5M7.5 4L3.5 8l4 4" />),
        Like: icon(<path {...stroke} strokeLinejoin="round" d={heart} />),
        LikeSolid: icon(<path fill="currentColor" d={heart} />),
        Comment: icon(<path {...stroke} strokeLinejoin="round" d="M2.5 3.5h11v7.5H8l-3.5 2.5V11h-2z" />),
        Reply: icon(<path {...stroke} strokeLinejoin="round" d="M6.5 4L2.5 8l4 4M2.5 8h7a4 4 0 0 1 4 4v1" />),
        Link: icon(
          <g {...stroke}>
            <path d="M7 9a2.5 2.5 0 0 0 3.5 0l2.3-2.3a2.5 2.5 0 0 0-3.5-3.5L8.5 4" />
            <path d="M9 7a2.5 2.5 0 0 0-3.5 0L3.2 9.3a2.5 2.5 0 0 0 3.5 3.5l.8-.8" />
          </g>,
        ),
        OpenInNewWindow: icon(
          <g {...stroke} strokeLinejoin="round">
            <path d="M9.5 2.5h4v4M13.5 2.5L7.5 8.5" />
            <path d="M12 9.5v4H2.5V4h4" />
          </g>,
        ),
        More: icon(
          <g fill="currentColor">
            <circle cx="3" cy="8" r="1.2" />
            <circle cx="8" cy="8" r="1.2" />
            <circle cx="13" cy="8" r="1.2" />
          </g>,
        ),
        Bold: icon(
          <path
            {...stroke}
            strokeWidth={2}
            strokeLinejoin="round"
            d="M4.5 2.5h4a2.7 2.7 0 0 1 0 5.5h-4zM4.5 8h4.8a2.8 2.8 0 0 1 0 5.5H4.5z"
          />,
        ),
        Italic: icon(<path {...stroke} d="M7 2.5h5M4 13.5h5M10 2.5l-4 11" />),
        BulletedList: icon(
          <g {...stroke}>
            <path d="M6 4h8M6 8h8M6 12h8" />
            <path d="M2.5 4v.1M2.5 8v.1M2.5 12v.1" strokeWidth={2} />
          </g>,
        ),
        NumberedList: icon(
          <g {...stroke}>
            <path d="M6 4h8M6 8h8M6 12h8" />
            <path d="M2 3l1-.5V6M2 10h2l-2 3h2" strokeWidth={1} />
          </g>,
        ),
      },
    },
    { disableWarnings: true },
  );
}

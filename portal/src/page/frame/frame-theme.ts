/** Teams' three themes, by the names Teams gives a tab (`context.app.theme`) and the tab's `?theme=` takes. */
export type FrameTheme = 'default' | 'dark' | 'contrast';

export const FRAME_THEMES: readonly FrameTheme[] = ['default', 'dark', 'contrast'];

export function frameThemeOf(name: string | null): FrameTheme {
  return FRAME_THEMES.find((theme) => theme === name) ?? 'default';
}

interface Palette {
  /** The chat's canvas and the card's background. */
  readonly surface: string;
  readonly text: string;
  readonly subtle: string;
  /** A container with style "accent" (the bot's initials tiles) and its text. */
  readonly accentSurface: string;
  readonly accentText: string;
  readonly emphasisSurface: string;
  readonly good: string;
  readonly warning: string;
  readonly attention: string;
  readonly link: string;
  readonly separator: string;
}

// Teams' colours as its own chat shows cards: white, near-black and Windows' high-contrast black (yellow for
// what can be acted on, cyan for links, green for "good"). Every pair is at least 4.5:1 (WCAG AA), which axe
// checks in e2e/test/teams-frame.test.ts.
const PALETTES: Readonly<Record<FrameTheme, Palette>> = {
  default: {
    surface: '#ffffff',
    text: '#242424',
    subtle: '#616161',
    accentSurface: '#e8ebfa',
    accentText: '#33344a',
    emphasisSurface: '#f5f5f5',
    good: '#0e700e',
    warning: '#835b00',
    attention: '#c50f1f',
    link: '#4f52b2',
    separator: '#e0e0e0',
  },
  dark: {
    surface: '#292929',
    text: '#ffffff',
    subtle: '#d6d6d6',
    accentSurface: '#3d3e66',
    accentText: '#ffffff',
    emphasisSurface: '#1f1f1f',
    good: '#92c353',
    warning: '#f2c661',
    attention: '#f1707b',
    link: '#9ea3f7',
    separator: '#4f4f4f',
  },
  contrast: {
    surface: '#000000',
    text: '#ffffff',
    subtle: '#ffffff',
    accentSurface: '#000000',
    accentText: '#ffff01',
    emphasisSurface: '#000000',
    good: '#3ff23f',
    warning: '#ffff01',
    attention: '#ff8080',
    link: '#1aebff',
    separator: '#ffffff',
  },
};

function colours(p: Palette, text: string) {
  const pair = (colour: string) => ({ default: colour, subtle: colour === text ? p.subtle : colour });
  return {
    default: pair(text),
    dark: pair(text),
    light: pair(text),
    accent: pair(p.link),
    good: pair(p.good),
    warning: pair(p.warning),
    attention: pair(p.attention),
  };
}

/** An Adaptive Cards host config (the renderer's "how this host draws cards") for one theme. */
export function hostConfigFor(theme: FrameTheme): object {
  const p = PALETTES[theme];
  const style = (backgroundColor: string, text = p.text) => ({
    backgroundColor,
    foregroundColors: colours(p, text),
  });
  return {
    fontFamily: '"Segoe UI", system-ui, -apple-system, sans-serif',
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 20, padding: 8 },
    separator: { lineThickness: 1, lineColor: p.separator },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: style(p.surface),
      emphasis: style(p.emphasisSurface),
      accent: style(p.accentSurface, p.accentText),
      good: style(p.surface),
      attention: style(p.surface),
      warning: style(p.surface),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    },
  };
}

import { createTheme, type IPartialTheme, type ITheme } from '@fluentui/react';

/** The themes Teams tells a tab about (`context.app.theme`, `registerOnThemeChangeHandler`). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

// Teams' own colours, so the Talentfinder sits in the tab as Teams' own pages do: the brand purple on a white or
// near-black canvas, and in high contrast the Windows high-contrast black palette (yellow for what can be acted
// on, cyan for links) that Teams itself switches to.
const LIGHT: IPartialTheme = {
  palette: {
    themePrimary: '#5b5fc7',
    themeLighterAlt: '#f7f7fc',
    themeLighter: '#e8ebfa',
    themeLight: '#d1d6f5',
    themeTertiary: '#a4a8e6',
    themeSecondary: '#6f73d2',
    themeDarkAlt: '#4f52b2',
    themeDark: '#444791',
    themeDarker: '#33344a',
    neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f5f5f5',
    neutralLight: '#ebebeb',
    neutralQuaternaryAlt: '#e0e0e0',
    neutralQuaternary: '#d1d1d1',
    neutralTertiaryAlt: '#c7c7c7',
    neutralTertiary: '#a19f9d',
    neutralSecondary: '#616161',
    neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#242424',
    neutralDark: '#201f1e',
    black: '#000000',
    white: '#ffffff',
  },
};

const DARK: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5',
    themeLighterAlt: '#05050a',
    themeLighter: '#141527',
    themeLight: '#262849',
    themeTertiary: '#4c5093',
    themeSecondary: '#7076d7',
    themeDarkAlt: '#8c91f6',
    themeDark: '#9ea3f7',
    themeDarker: '#b7bbf9',
    neutralLighterAlt: '#2a2a2a',
    neutralLighter: '#333333',
    neutralLight: '#3d3d3d',
    neutralQuaternaryAlt: '#474747',
    neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6b6b6b',
    neutralTertiary: '#adadad',
    neutralSecondary: '#c7c7c7',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f',
  },
};

const CONTRAST: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#000000',
    themeLight: '#000000',
    themeTertiary: '#ffff01',
    themeSecondary: '#ffff01',
    themeDarkAlt: '#ffff01',
    themeDark: '#1aebff',
    themeDarker: '#1aebff',
    neutralLighterAlt: '#000000',
    neutralLighter: '#000000',
    neutralLight: '#ffffff',
    neutralQuaternaryAlt: '#ffffff',
    neutralQuaternary: '#ffffff',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000',
  },
  semanticColors: { link: '#1aebff', linkHovered: '#1aebff', disabledText: '#3ff23f' },
};

const THEMES: Readonly<Record<TeamsThemeName, ITheme>> = {
  default: createTheme(LIGHT),
  dark: createTheme(DARK),
  contrast: createTheme(CONTRAST),
};

/** The Fluent theme for the theme Teams names; an unknown name (a newer Teams) gets the light theme, readable anywhere. */
export function teamsTheme(name: string | undefined): ITheme {
  return isTeamsThemeName(name) ? THEMES[name] : THEMES.default;
}

export function isTeamsThemeName(name: string | undefined): name is TeamsThemeName {
  return name === 'default' || name === 'dark' || name === 'contrast';
}

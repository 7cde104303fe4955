import { createTheme, type ITheme } from '@fluentui/react';

/**
 * SharePoint's "Teal" site theme, as a SharePoint page hands it to web parts (the same palette, the same Fluent
 * theme object), so the Talentfinder is seen here in the colours it gets in production.
 */
export const sharePointTealTheme: ITheme = createTheme({
  palette: {
    themePrimary: '#03787c',
    themeLighterAlt: '#f0f9fa',
    themeLighter: '#c5e9ea',
    themeLight: '#98d6d8',
    themeTertiary: '#49aeb1',
    themeSecondary: '#13898d',
    themeDarkAlt: '#026d70',
    themeDark: '#025c5f',
    themeDarker: '#014446',
    neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f3f2f1',
    neutralLight: '#edebe9',
    neutralQuaternaryAlt: '#e1dfdd',
    neutralQuaternary: '#d0d0d0',
    neutralTertiaryAlt: '#c8c6c4',
    neutralTertiary: '#a19f9d',
    neutralSecondary: '#605e5c',
    neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#323130',
    neutralDark: '#201f1e',
    black: '#000000',
    white: '#ffffff',
  },
});

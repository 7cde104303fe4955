import { mergeStyleSets, useTheme } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { useMemo } from 'react';

/**
 * Class names from the surrounding ThemeProvider's theme (SharePoint's or Teams' colours), computed once per
 * theme. Factories live at module level and take every colour from the theme: nothing hard-coded, so dark and
 * high-contrast themes work. Forced-colours mode is handled with HighContrastSelector and system colours.
 * Returns Fluent's processed style set: one class name per key.
 */
export function useThemedStyles<T extends Record<string, IStyle>>(factory: (theme: ITheme) => T) {
  const theme = useTheme();
  return useMemo(() => mergeStyleSets(factory(theme)), [factory, theme]);
}

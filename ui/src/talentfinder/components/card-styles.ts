import { HighContrastSelector } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';

/** The surface every result (and its loading placeholder) sits on. */
export const cardStyles = (theme: ITheme) =>
  ({
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
    card: {
      display: 'flex',
      gap: 16,
      padding: 16,
      background: theme.semanticColors.bodyBackground,
      color: theme.semanticColors.bodyText,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: theme.effects.roundedCorner4,
      boxShadow: theme.effects.elevation4,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } },
    },
  }) satisfies Record<string, IStyle>;

import { HighContrastSelector, Link } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { useFeed } from '../feed-context';
import type { FeedPost } from '../feed-service';
import { isSafeUrl } from '../safe-html';

const styles = (theme: ITheme) =>
  ({
    list: { listStyle: 'none', margin: '8px 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 },
    card: {
      display: 'flex',
      flexDirection: 'column',
      minWidth: 180,
      maxWidth: 320,
      padding: '8px 12px',
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      borderRadius: 2,
      background: theme.semanticColors.bodyStandoutBackground,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } },
    },
    title: { fontWeight: 600, overflowWrap: 'anywhere' },
    type: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
  }) satisfies Record<string, IStyle>;

/**
 * The documents a post points to, as cards ("refer, don't attach"): the file's name and what kind of file it is,
 * opening in SharePoint or OneDrive, where people's own permissions apply.
 */
export function DocumentCards({ links }: { readonly links: FeedPost['links'] }): JSX.Element | null {
  const { strings } = useFeed();
  const classes = useThemedStyles(styles);
  const safe = links.filter((link) => isSafeUrl(link.url));
  if (safe.length === 0) return null;
  return (
    <ul className={classes.list} aria-label={strings.documents}>
      {safe.map((link) => {
        const type = strings.documentType(link.type);
        return (
          <li key={link.url} className={classes.card}>
            <Link href={link.url} target="_blank" rel="noopener" className={classes.title}>
              {link.title || type}
            </Link>
            <span className={classes.type}>{type}</span>
          </li>
        );
      })}
    </ul>
  );
}

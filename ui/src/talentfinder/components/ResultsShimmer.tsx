import { Shimmer, ShimmerElementsGroup, ShimmerElementType } from '@fluentui/react';
import { cardStyles } from './card-styles';
import { useThemedStyles } from '../../shared/use-themed-styles';

const PLACEHOLDERS = [0, 1, 2];

/** Three card-shaped placeholders while a search runs; the announcer says "Searching…". */
export function ResultsShimmer(): JSX.Element {
  const classes = useThemedStyles(cardStyles);
  return (
    <ul className={classes.list} aria-hidden="true">
      {PLACEHOLDERS.map((key) => (
        <li key={key} className={classes.card}>
          <Shimmer customElementsGroup={<PlaceholderCard />} width="100%" />
        </li>
      ))}
    </ul>
  );
}

function PlaceholderCard(): JSX.Element {
  return (
    <div style={{ display: 'flex', width: '100%' }}>
      <ShimmerElementsGroup
        shimmerElements={[
          { type: ShimmerElementType.circle, height: 48 },
          { type: ShimmerElementType.gap, width: 16, height: 48 },
        ]}
      />
      <ShimmerElementsGroup
        flexWrap
        width="100%"
        shimmerElements={[
          { type: ShimmerElementType.line, width: '40%', height: 14 },
          { type: ShimmerElementType.gap, width: '60%', height: 14 },
          { type: ShimmerElementType.line, width: '80%', height: 10 },
          { type: ShimmerElementType.gap, width: '20%', height: 10 },
          { type: ShimmerElementType.line, width: '60%', height: 10 },
          { type: ShimmerElementType.gap, width: '40%', height: 10 },
        ]}
      />
    </div>
  );
}

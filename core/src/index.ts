export type { Clock } from './clock';
export { FixedClock, systemClock } from './clock';

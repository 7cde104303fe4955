import { InvalidCursorError } from '../errors';
import type { FeedPosition } from './sorted-posts';

// A cursor names the last post of a page: the next page starts just after it, so posts that arrive meanwhile
// never shift a page (as offsets would). Opaque to callers; checked on the way back in.
const CURSOR = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{1,128})$/;

export function encodeCursor(position: FeedPosition): string {
  return `${position.at.toString(36)}.${position.id}`;
}

export function decodeCursor(cursor: string): FeedPosition {
  const match = CURSOR.exec(cursor);
  if (!match) throw new InvalidCursorError();
  const at = parseInt(match[1] as string, 36);
  if (!Number.isSafeInteger(at)) throw new InvalidCursorError();
  return { at, id: match[2] as string };
}

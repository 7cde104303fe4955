// What the composer's editor does to its contenteditable element, apart from React: find the "@name" being
// typed before the caret, and put a mention or a link where it was. Range and Selection work the same in every
// browser (and in jsdom), unlike execCommand, which is used only for bold, italic and lists.

/** The "@query" right before the caret, if the caret is in text inside `root`. */
export function mentionQueryAt(root: HTMLElement): { node: Text; start: number; query: string } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
  const { startContainer, startOffset } = selection.getRangeAt(0);
  if (!(startContainer instanceof Text) || !root.contains(startContainer)) return undefined;
  const before = startContainer.data.slice(0, startOffset);
  const match = /(?:^|\s)@([\p{L}\p{N}.' -]{0,40})$/u.exec(before);
  if (!match || match[1] === undefined || match[1].startsWith(' ')) return undefined;
  return { node: startContainer, start: startOffset - match[1].length - 1, query: match[1] };
}

function caretAfter(node: Node): void {
  const range = document.createRange();
  range.setStartAfter(node);
  range.collapse(true);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Replaces "@query" with a mention of `person` and a space, and puts the caret after them. */
export function insertMention(
  at: { node: Text; start: number; query: string },
  person: { id: string; displayName: string },
): void {
  const range = document.createRange();
  range.setStart(at.node, at.start);
  range.setEnd(at.node, Math.min(at.node.length, at.start + at.query.length + 1));
  range.deleteContents();
  const mention = document.createElement('span');
  mention.setAttribute('data-mention', person.id);
  mention.contentEditable = 'false';
  mention.textContent = `@${person.displayName}`;
  const space = document.createTextNode('\u00a0');
  range.insertNode(space);
  range.insertNode(mention);
  caretAfter(space);
}

/** Wraps the saved selection in a link to `url`, or inserts the address as the link's text. */
export function insertLink(root: HTMLElement, saved: Range | undefined, url: string): void {
  const range = saved && root.contains(saved.commonAncestorContainer) ? saved : endOf(root);
  const link = document.createElement('a');
  link.href = url;
  link.appendChild(range.collapsed ? document.createTextNode(url) : range.extractContents());
  range.insertNode(link);
  caretAfter(link);
}

function endOf(root: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

/** The selection, if inside `root`, to restore after a dialog took the focus. */
export function savedSelection(root: HTMLElement): Range | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
}

export type Format = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/** execCommand is deprecated but still the only undo-friendly way to format a contenteditable; jsdom lacks it. */
export function applyFormat(format: Format): void {
  if (typeof document.execCommand === 'function') document.execCommand(format);
}

export function formatIsOn(format: Format): boolean {
  try {
    return typeof document.queryCommandState === 'function' && document.queryCommandState(format);
  } catch {
    return false;
  }
}

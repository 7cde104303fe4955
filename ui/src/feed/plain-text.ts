// Comments are written as plain text: paragraphs at blank lines, line breaks kept. The service sanitises the
// result as any body; here it is only escaped so that what people typed reads as they typed it.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export function htmlOfPlainText(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escape).join('<br>')}</p>`)
    .join('');
}

/** The text of a comment's HTML, to edit it as plain text again. */
export function plainTextOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = Array.from(doc.body.querySelectorAll('p'));
  if (paragraphs.length === 0) return doc.body.textContent ?? '';
  return paragraphs
    .map((p) => {
      p.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
      return p.textContent ?? '';
    })
    .join('\n\n');
}

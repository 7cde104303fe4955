import type { DocumentLink } from './model';
import type { DocumentLinks } from './ports';

/** The kinds of document a link can name; hosts word them ("Word document", "Word-document"). */
export type DocumentType =
  | 'word'
  | 'excel'
  | 'powerpoint'
  | 'pdf'
  | 'onenote'
  | 'visio'
  | 'text'
  | 'image'
  | 'video'
  | 'page'
  | 'folder'
  | 'file';

const BY_EXTENSION: Readonly<Record<string, DocumentType>> = {
  doc: 'word',
  docx: 'word',
  xls: 'excel',
  xlsx: 'excel',
  csv: 'excel',
  ppt: 'powerpoint',
  pptx: 'powerpoint',
  pdf: 'pdf',
  one: 'onenote',
  vsd: 'visio',
  vsdx: 'visio',
  txt: 'text',
  md: 'text',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  mp4: 'video',
  mov: 'video',
  aspx: 'page',
};

// Sharing links name the kind in their first segment: /:w:/s/site/<token> is a Word document.
const BY_SHARING_LETTER: Readonly<Record<string, DocumentType>> = {
  w: 'word',
  x: 'excel',
  p: 'powerpoint',
  b: 'pdf',
  o: 'onenote',
  v: 'video',
  f: 'folder',
  i: 'image',
  t: 'text',
  u: 'file',
};

const SHARING_LINK = /^\/:([a-z]):\//;
const HTTPS_ADDRESS = /^https:\/\/([^/?#:@]+)(?::\d+)?(\/[^?#]*)?(?:[?#].*)?$/i;

/**
 * "Refer, don't attach": links to the tenant's SharePoint and OneDrive become document cards, read from the
 * address itself — the file's name and its kind (by extension, or by a sharing link's letter) — without a Graph
 * request per link, and without learning anything the author's link does not already say. Links elsewhere stay
 * plain links.
 */
export class TenantDocumentLinks implements DocumentLinks {
  private readonly hosts: ReadonlySet<string>;

  constructor(tenantHosts: readonly string[]) {
    this.hosts = new Set(tenantHosts.map((host) => host.toLowerCase()));
  }

  async describe(urls: readonly string[]): Promise<readonly DocumentLink[]> {
    return urls.flatMap((url) => {
      const card = this.card(url);
      return card ? [card] : [];
    });
  }

  private card(url: string): DocumentLink | undefined {
    // core runs where no URL class is typed (SPFx, Node, browsers alike): an https address read by pattern.
    const parts = HTTPS_ADDRESS.exec(url);
    if (!parts || !this.hosts.has((parts[1] as string).toLowerCase())) return undefined;
    const pathname = parts[2] ?? '/';
    const sharing = SHARING_LINK.exec(pathname);
    if (sharing) return { url, title: '', type: BY_SHARING_LETTER[sharing[1] as string] ?? 'file' };
    const name = lastSegment(pathname);
    if (name === undefined) return undefined;
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
    const type = BY_EXTENSION[extension] ?? (extension === '' ? 'folder' : 'file');
    return { url, title: dot > 0 && type !== 'file' ? name.slice(0, dot) : name, type };
  }
}

/** A path's last segment as people read it ("Plan%20Q3.docx" → "Plan Q3.docx"); none for a site's root. */
function lastSegment(pathname: string): string | undefined {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length < 2) return undefined;
  try {
    return decodeURIComponent(segments[segments.length - 1] as string);
  } catch {
    return segments[segments.length - 1];
  }
}

// Hostile input in the Feed, rendered in Chromium: every payload of the XSS corpus (OWASP's filter evasion cheat
// sheet and our own; each would call `window.__xss(n)` if it ran) as a blog's title, a post's text, a link's
// address and a comment, written through the API (in batches) and a few through the page's own composer, link
// dialog and comment box. Then the feed is read as a colleague: every post loaded, every comment opened, every
// element given mouse and focus events, every link followed, a few posts opened by their shared link. Nothing
// may execute: no `__xss` call, no dialog, no navigation away, and no script, event handler or script URL in
// the feed's DOM. A second test hands the page the raw payloads as if the service had not sanitised them, so
// the page's own sanitising is held to it too.
import type { CommentsWire, FeedPageWire, Locale, PostWire } from '@samen/core/contract';
import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { XSS_PAYLOADS } from '../../test-support/xss-corpus';
import { feedStrings } from '../../ui/src/feed/strings';
import { apiAs, chooseBlog, portalUsers, type Api, type PortalUser } from './helpers';
import { eventually, startSuite, type Suite } from './suite';

jest.setTimeout(180_000);

const LOCALE: Locale = 'en-US';
const strings = feedStrings(LOCALE);
/** Writes in flight at once: enough to be quick, few enough not to be throttled by the dev tenant. */
const BATCH = 8;

let suite: Suite;
let author: PortalUser;
let reader: PortalUser;
let asAuthor: Api;
let asReader: Api;

beforeAll(async () => {
  suite = await startSuite();
  const people = await portalUsers(suite.portalUrl);
  [author, reader] = [people[0]!, people[1]!];
  asAuthor = await apiAs(suite.portalUrl, author.id);
  asReader = await apiAs(suite.portalUrl, reader.id);
  const started = Date.now();
  await writeCorpusThroughApi();
  console.log(`e2e feed-xss: ${3 * XSS_PAYLOADS.length} hostile writes in ${Date.now() - started} ms`);
}, 180_000);

afterAll(async () => {
  await suite?.stop();
});

async function inBatches<T, R>(
  items: readonly T[],
  write: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const done: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    done.push(...(await Promise.all(batch.map((item, i) => write(item, start + i)))));
  }
  return done;
}

// Each body starts with words of its own: a body the service's sanitising leaves empty would be refused, and the
// payload would then never reach the page.
const blogOf = (payload: string, n: number) => ({
  kind: 'blog',
  title: payload,
  bodyHtml: `<p>Payload ${n} in a body:</p>${payload}`,
});
const linkPostOf = (payload: string, n: number) => ({
  kind: 'status',
  bodyHtml: `<p>Payload ${n} as a link: <a href="${payload}">${payload}</a> and <a href='${payload}'>again</a></p>`,
});
const commentOf = (payload: string, n: number) => ({
  bodyHtml: `<p>Payload ${n} in a comment:</p>${payload}`,
});

/** Every payload as a title and a body (a blog), as a link (a status), and as the reader's comment on the blog. */
async function writeCorpusThroughApi(): Promise<void> {
  const blogs = await inBatches(XSS_PAYLOADS, (p, i) =>
    asAuthor<PostWire>('/api/feed/posts', { method: 'POST', body: blogOf(p, i + 1) }),
  );
  await inBatches(XSS_PAYLOADS, (p, i) =>
    asAuthor<PostWire>('/api/feed/posts', { method: 'POST', body: linkPostOf(p, i + 1) }),
  );
  await inBatches(XSS_PAYLOADS, (p, i) =>
    asReader(`/api/feed/posts/${encodeURIComponent(blogs[i]!.id)}/comments`, {
      method: 'POST',
      body: commentOf(p, i + 1),
    }),
  );
}

/** What the page did that it must not: each kept so that a failure says which. */
interface Incidents {
  xssCalls: unknown[];
  dialogs: string[];
  navigations: string[];
  popups: string[];
}

function withoutPopups({ popups: _popups, ...rest }: Incidents): Omit<Incidents, 'popups'> {
  return rest;
}

/** A page viewed as `userId`, with every way a payload could show itself recorded. */
async function watchedFeed(
  context: BrowserContext,
  userId: string,
): Promise<{ page: Page; incidents: Incidents }> {
  const incidents: Incidents = { xssCalls: [], dialogs: [], navigations: [], popups: [] };
  // A binding, not a page function: it counts even when called from a frame or before the app starts.
  await context.exposeBinding('__xss', (_source, n: unknown) => void incidents.xssCalls.push(n));
  const home = new URL(`${suite.portalUrl}/`);
  // Links open in new tabs: answered here, so no test reaches the internet.
  await context.route(
    (url) => url.origin !== home.origin,
    (route) => route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }),
  );
  const page = await context.newPage();
  page.on('popup', (popup) => {
    incidents.popups.push(popup.url());
  });
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = new URL(frame.url());
    // The portal keeps "view as" and the language in the query (replaceState): the same page.
    if (url.origin !== home.origin || url.pathname !== home.pathname) incidents.navigations.push(frame.url());
  });
  await page.goto(`${suite.portalUrl}/?page=feed&as=${encodeURIComponent(userId)}&lang=${LOCALE}`);
  await page.getByRole('heading', { name: strings.appTitle, exact: true }).waitFor();
  return { page, incidents };
}

function feedOf(page: Page): Locator {
  return page.getByRole('feed', { name: strings.feedLabel });
}

/** Latest, with "Show more" pressed until every post is on the page. */
async function showEveryPost(page: Page, expected: number): Promise<Locator> {
  await page.getByRole('tab', { name: strings.views.latest }).click();
  const articles = feedOf(page).getByRole('article');
  const more = page.getByRole('button', { name: strings.showMore, exact: true });
  await articles.first().waitFor();
  for (;;) {
    const shown = await articles.count();
    if (shown >= expected) break;
    await more.click();
    await eventually(async () => ((await articles.count()) > shown ? true : undefined), 'more posts', 20_000);
  }
  expect(await articles.count()).toBe(expected);
  return articles;
}

/**
 * Opens the comments of every post that has some (the API's latest list is the page's order), then waits until
 * each post's comments are rendered: a comment's Like button is there once its comment is.
 */
async function openEveryComment(articles: Locator, posts: readonly PostWire[]): Promise<number> {
  const withComments = [...posts.entries()].filter(([, post]) => post.commentCount > 0);
  for (const [index, post] of withComments) {
    await articles
      .nth(index)
      .getByRole('button', { name: strings.comments(post.commentCount), exact: true })
      .click();
  }
  for (const [index, post] of withComments) {
    const likes = articles.nth(index).getByRole('region').getByRole('button', { name: strings.like });
    await eventually(
      async () => ((await likes.count()) === post.commentCount ? true : undefined),
      `the comments of post ${index + 1}`,
    );
  }
  return withComments.length;
}

/**
 * Every element in the feed gets the events that inline handlers wait for, synthesised in the page: thousands of
 * real hovers would take minutes, and an inline handler runs for a synthesised event as for a real one. The real
 * mouse goes over every link when they are followed.
 */
async function provokeEveryElement(page: Page): Promise<number> {
  const provoked = await feedOf(page).evaluate((feed) => {
    const types = [
      'mouseover',
      'mouseenter',
      'mousemove',
      'pointerover',
      'pointerenter',
      'mousedown',
      'mouseup',
    ];
    const elements = Array.from(feed.querySelectorAll('*'));
    for (const element of elements) {
      for (const type of types) element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      element.dispatchEvent(new FocusEvent('focus'));
      element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    return elements.length;
  });
  expect(provoked).toBeGreaterThan(0);
  return provoked;
}

/** Clicks every link people wrote (in posts' and comments' text); each may only open an http(s) page in a new tab. */
async function followEveryLink(page: Page, incidents: Incidents): Promise<number> {
  const links = feedOf(page).locator('article a[href]');
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    const link = links.nth(i);
    await link.focus();
    await link.click();
    // Each link at once: one that ran script or took the page away would leave the rest unreachable.
    expect(withoutPopups(incidents)).toEqual({ xssCalls: [], dialogs: [], navigations: [] });
  }
  return count;
}

/** What a payload that got through would leave in the feed's DOM; an empty list when nothing did. */
function hostileMarkupIn(page: Page): Promise<string[]> {
  return feedOf(page).evaluate((feed) => {
    const found: string[] = [];
    const forbidden =
      /^(script|iframe|frame|frameset|object|embed|applet|base|meta|link|form|img|image|video|audio|source|template|noscript|math|details|style|select)$/;
    // As a browser reads an address: blanks, tabs and newlines anywhere in it do not count.
    const scriptUrl = (value: string) =>
      /^(javascript|vbscript|data|livescript):/i.test(value.replace(/[^!-~]/g, ''));
    for (const element of Array.from(feed.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (forbidden.test(tag)) found.push(`<${tag}>`);
      // The comment box is Fluent's TextField; any other field came from a post.
      if ((tag === 'textarea' || tag === 'input') && !element.closest('.ms-TextField'))
        found.push(`<${tag}>`);
      // Icons are inline SVG the portal registered; any other SVG came from a post.
      if (tag === 'svg' && !element.closest('[data-icon-name]')) found.push('<svg> outside an icon');
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (scriptUrl(attribute.value)) found.push(`${tag}[${name}="${attribute.value}"]`);
        if (name === 'style' && /expression\(|url\(|javascript/i.test(attribute.value))
          found.push(`${tag}[style="${attribute.value}"]`);
        if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(attribute.value))
          found.push(`a[href="${attribute.value}"]`);
      }
    }
    return found;
  });
}

/** Loads, opens, provokes and follows everything, then holds the page to having done nothing hostile. */
async function readEverything(page: Page, incidents: Incidents, posts: readonly PostWire[]): Promise<void> {
  const articles = await showEveryPost(page, posts.length);
  const opened = await openEveryComment(articles, posts);
  expect(opened).toBeGreaterThan(0);
  const provoked = await provokeEveryElement(page);
  const followed = await followEveryLink(page, incidents);
  expect(await hostileMarkupIn(page)).toEqual([]);
  expect(withoutPopups(incidents)).toEqual({ xssCalls: [], dialogs: [], navigations: [] });
  // The corpus has links to http(s) addresses with hostile attributes: some links must survive to be followed.
  expect(followed).toBeGreaterThan(0);
  await eventually(
    async () => (incidents.popups.length === followed ? true : undefined),
    'a new tab for every link followed',
  );
  // Where each new tab went, once it got there: an http(s) page, never a script or data address.
  const tabs = page.context().pages();
  for (const popup of tabs.filter((p) => p !== page)) {
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https?:\/\//);
    await popup.close();
  }
  // Nothing that happened late either (a handler run as a tab opened or closed).
  expect(withoutPopups(incidents)).toEqual({ xssCalls: [], dialogs: [], navigations: [] });
  // Still the feed, still working: the page was not replaced or broken by what it rendered.
  expect(new URL(page.url()).pathname).toBe('/');
  const forYou = page.waitForResponse((response) => response.url().includes('view=foryou'));
  await page.getByRole('tab', { name: strings.views.foryou }).click();
  expect((await forYou).ok()).toBe(true);
  await page.locator('[role="feed"][aria-busy="false"]').waitFor({ state: 'attached' });
  console.log(
    `e2e feed-xss: ${posts.length} posts, ${opened} comment threads, ${provoked} elements provoked, ${followed} links followed`,
  );
}

/**
 * A shared post's link (`#samen-post=<id>`) shows that post alone, read through `GET /api/feed/posts/{id}`:
 * the same checks there. A query of its own each time makes every visit a page load, as opening a link is.
 */
async function readSharedPosts(page: Page, incidents: Incidents, posts: readonly PostWire[]): Promise<void> {
  for (const [visit, post] of posts.entries()) {
    const query = `page=feed&as=${encodeURIComponent(reader.id)}&lang=${LOCALE}&visit=${visit}`;
    await page.goto(`${suite.portalUrl}/?${query}#samen-post=${encodeURIComponent(post.id)}`);
    await page.getByRole('heading', { name: strings.sharedPost, exact: true }).waitFor();
    await feedOf(page).getByRole('article').waitFor();
    await provokeEveryElement(page);
    expect(await hostileMarkupIn(page)).toEqual([]);
    expect(withoutPopups(incidents)).toEqual({ xssCalls: [], dialogs: [], navigations: [] });
  }
}

/** The latest posts as the reader's API has them: the page's order, its counts. */
async function latestAsReader(): Promise<PostWire[]> {
  const items: PostWire[] = [];
  let cursor: string | undefined;
  do {
    const page = await asReader<FeedPageWire>(
      `/api/feed?view=latest&top=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** A few payloads through the page itself: the composer's title and text, its link dialog, the comment box. */
async function writeThroughThePage(page: Page): Promise<void> {
  const [title, text, comment] = [XSS_PAYLOADS[10]!, XSS_PAYLOADS[0]!, XSS_PAYLOADS[28]!];
  await chooseBlog(page, strings);
  await page.getByRole('textbox', { name: strings.titleLabel }).fill(title);
  const editor = page.getByRole('textbox', { name: strings.bodyLabel, exact: true });
  await editor.click();
  await page.keyboard.type(`${text} `);
  await addLinkThroughDialog(page, 'javascript:__xss(901)', false);
  await addLinkThroughDialog(page, 'https://example.com/"onmouseover="__xss(902)"x="', true);
  await page.getByRole('button', { name: strings.publish, exact: true }).click();
  const post = feedOf(page).getByRole('article', { name: title, exact: true });
  await post.waitFor();
  expect(await post.textContent()).toContain(text);
  await post.getByRole('button', { name: strings.comments(0), exact: true }).click();
  await post.getByRole('textbox', { name: strings.writeComment }).fill(comment);
  await post.getByRole('button', { name: strings.send, exact: true }).click();
  await post.getByText(comment, { exact: true }).waitFor();
}

/** The link dialog: a script address is refused with the dialog's words; an http(s) one becomes a link. */
async function addLinkThroughDialog(page: Page, address: string, accepted: boolean): Promise<void> {
  await page.getByRole('button', { name: strings.link, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: strings.linkPrompt });
  await dialog.getByRole('textbox', { name: strings.linkAddressLabel }).fill(address);
  await dialog.getByRole('button', { name: strings.insert, exact: true }).click();
  if (accepted) {
    await dialog.waitFor({ state: 'detached' });
    return;
  }
  await dialog.getByText(strings.linkInvalid).waitFor();
  await dialog.getByRole('button', { name: strings.cancel, exact: true }).first().click();
  await dialog.waitFor({ state: 'detached' });
}

test('the corpus through the API and the page: rendered, provoked, opened, followed and shared, nothing executes', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: LOCALE });
  const { page: authorPage, incidents: authorIncidents } = await watchedFeed(context, author.id);
  await writeThroughThePage(authorPage);
  expect(authorIncidents).toEqual({ xssCalls: [], dialogs: [], navigations: [], popups: [] });
  await authorPage.close();
  await context.close();

  const readerContext = await suite.browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: LOCALE,
  });
  const { page, incidents } = await watchedFeed(readerContext, reader.id);
  const posts = await latestAsReader();
  expect(posts.length).toBe(2 * XSS_PAYLOADS.length + 1);
  await readEverything(page, incidents, posts);
  // Newest first: the blog written in the page, the corpus's last status (a link) and its first blog.
  await readSharedPosts(page, incidents, [posts[0]!, posts[1]!, posts[posts.length - 1]!]);
  await readerContext.close();
});

/**
 * Answers the page's feed and comment requests with the stored posts and comments, their title, text and links
 * swapped for raw payloads: every payload once as each post's, another as its comment's.
 */
async function serveUnsanitised(context: BrowserContext): Promise<void> {
  const seen = new Map<string, number>();
  // Numbered by post, not by position in a page, so that every page of the feed gets other payloads.
  const numberOf = (postId: string) => seen.get(postId) ?? seen.set(postId, seen.size).get(postId)!;
  const payload = (n: number) => XSS_PAYLOADS[n % XSS_PAYLOADS.length]!;
  const raw = (n: number) =>
    `<p>Raw ${n + 1}:</p>${payload(n)}<p><a href="${payload(n)}">${payload(n)}</a></p>`;
  await context.route(/\/api\/feed\?/, async (route: Route) => {
    const answer = await route.fetch();
    const page = (await answer.json()) as FeedPageWire;
    const items = page.items.map((post) => {
      const n = numberOf(post.id);
      const links = [{ url: `javascript:__xss(${1000 + n})`, title: payload(n), type: 'link' }];
      return { ...post, title: payload(n), bodyHtml: raw(n), links };
    });
    await route.fulfill({ response: answer, json: { ...page, items } });
  });
  await context.route(/\/api\/feed\/posts\/([^/]+)\/comments$/, async (route: Route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const postId = decodeURIComponent(/posts\/([^/]+)\/comments$/.exec(route.request().url())![1]!);
    const answer = await route.fetch();
    const comments = (await answer.json()) as CommentsWire;
    const n = numberOf(postId) + Math.floor(XSS_PAYLOADS.length / 2);
    const items = comments.items.map((c) => ({ ...c, bodyHtml: raw(n), replies: [] }));
    await route.fulfill({ response: answer, json: { items } });
  });
}

test('the same payloads unsanitised, as if the service had let them through: the page sanitises them itself', async () => {
  const posts = await latestAsReader();
  expect(posts.length).toBeGreaterThan(XSS_PAYLOADS.length);
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: LOCALE });
  await serveUnsanitised(context);
  try {
    const { page, incidents } = await watchedFeed(context, reader.id);
    await readEverything(page, incidents, posts);
  } finally {
    // The feed polls for new posts: an answer still being rewritten as the context closes is no finding.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});

// The Feed in a browser, on the local portal's News page, as seeded colleagues: one writes a blog in the composer
// with an @mention picked from the mention picker by keyboard and a topic of this run; another likes it, comments
// on it, follows its topic from the post and finds it in "For you" because of that topic; no axe violations.
// Once in English and once in Dutch, each with its own people and topic. What the page should show is read
// from the feed API as the same people, through the portal, not assumed.
import type { Locale, PostWire } from '@samen/core/contract';
import type { Locator, Page } from 'playwright-core';
import { feedStrings, type FeedStrings } from '../../ui/src/feed/strings';
import { apiAs, chooseBlog, expectNoAxeViolations, portalUsers, type Api, type PortalUser } from './helpers';
import { eventually, startSuite, type Suite } from './suite';

jest.setTimeout(120_000);

let suite: Suite;
let people: PortalUser[];

beforeAll(async () => {
  const started = Date.now();
  suite = await startSuite();
  people = await portalUsers(suite.portalUrl);
  console.log(`e2e feed: suite started in ${Date.now() - started} ms`);
}, 120_000);

afterAll(async () => {
  await suite?.stop();
});

interface Blog {
  title: string;
  text: string;
  /** As typed in the topics box, mixed case: the page shows it as typed, the API keys it folded. */
  topic: string;
}

/** A topic no other post has, so the topic's feed and "For you" are about this run only. */
function blogOfThisRun(locale: Locale): Blog {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const topic = `E2e${locale === 'nl-NL' ? 'Tijdlijn' : 'Feed'}${stamp}`;
  return locale === 'nl-NL'
    ? { title: `Glasvezel in de wijk ${stamp}`, text: 'Vandaag ging de eerste straat live, dank aan ', topic }
    : {
        title: `Fiber in the neighbourhood ${stamp}`,
        text: 'The first street went live today, thanks to ',
        topic,
      };
}

async function openFeed(userId: string, locale: Locale): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale });
  const page = await context.newPage();
  await page.goto(`${suite.portalUrl}/?page=feed&as=${encodeURIComponent(userId)}&lang=${locale}`);
  await page.getByRole('heading', { name: feedStrings(locale).appTitle, exact: true }).waitFor();
  return page;
}

/** The feed's list of posts (ARIA's feed pattern), and one post in it by its heading. */
function postIn(page: Page, strings: FeedStrings, heading: string): Locator {
  return page
    .getByRole('feed', { name: strings.feedLabel })
    .getByRole('article', { name: heading, exact: true });
}

/** Types "@" and the start of the name, then walks the picker with arrow keys to the person and takes them. */
async function mentionByKeyboard(page: Page, api: Api, strings: FeedStrings, person: PortalUser) {
  const typed = person.displayName.slice(0, 4);
  // The picker lists what the API's people search answers for the same letters, in its order.
  const { people: suggested } = await api<{ people: { id: string; displayName: string }[] }>(
    `/api/feed/people?q=${encodeURIComponent(typed)}`,
  );
  const index = suggested.findIndex((p) => p.id === person.id);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.keyboard.type(`@${typed}`);
  const picker = page.getByRole('listbox', { name: strings.mentionSuggestions });
  await eventually(
    async () => ((await picker.getByRole('option').count()) === suggested.length ? true : undefined),
    'the mention picker to list the people the API suggests',
  );
  expect(await picker.getByRole('option').allTextContents()).toEqual(suggested.map((p) => p.displayName));
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  // The editor keeps the focus and points at the active option, as a combobox does.
  const editor = page.getByRole('textbox', { name: strings.bodyLabel, exact: true });
  const active = await editor.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"]`).textContent()).toBe(person.displayName);
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
}

/** As the author: a blog with a title, text with a mention, and the run's topic; then it is in Latest. */
async function writeBlog(page: Page, api: Api, strings: FeedStrings, blog: Blog, mentioned: PortalUser) {
  await chooseBlog(page, strings);
  await page.getByRole('textbox', { name: strings.titleLabel }).fill(blog.title);
  await page.getByRole('textbox', { name: strings.bodyLabel, exact: true }).click();
  await page.keyboard.type(blog.text);
  await mentionByKeyboard(page, api, strings, mentioned);
  await page.keyboard.type('!');
  const topics = page.getByRole('textbox', { name: strings.topicsLabel });
  await topics.fill(`#${blog.topic}`);
  await topics.press('Enter');
  await page.getByRole('button', { name: strings.removeTopic(blog.topic) }).waitFor();
  await page.getByRole('button', { name: strings.publish, exact: true }).click();
  // The new post is put at the top of the list and given the focus.
  const post = postIn(page, strings, blog.title);
  await post.waitFor();
  await eventually(
    async () => ((await post.evaluate((a) => a === document.activeElement)) ? true : undefined),
    'focus on the new post',
  );
  await page.getByRole('tab', { name: strings.views.latest }).click();
  await post.waitFor();
}

/** The stored post as the API gives it to `api`'s user, found in Latest by its title. */
async function storedPost(api: Api, title: string): Promise<PostWire> {
  const page = await api<{ items: PostWire[] }>('/api/feed?view=latest&top=50');
  const post = page.items.find((p) => p.title === title);
  if (!post) throw new Error(`"${title}" is not in Latest`);
  return post;
}

/**
 * The author's post as the page shows it: the mention and the topic open the person's and the topic's posts in
 * the page, so they are Fluent Links without an address, which render as buttons.
 */
async function checkShownAsStored(post: Locator, stored: PostWire, mentioned: PortalUser, blog: Blog) {
  expect(stored.mentions).toEqual([mentioned.id]);
  expect(stored.topics).toEqual([{ key: blog.topic.toLowerCase(), label: blog.topic }]);
  await post.getByRole('button', { name: `@${mentioned.displayName}`, exact: true }).waitFor();
  await post.getByRole('button', { name: `#${blog.topic}`, exact: true }).waitFor();
  expect(await post.textContent()).toContain(blog.text.trim());
}

/** As the reader: like the post, then comment on it; the counts on the page follow. */
async function likeAndComment(page: Page, strings: FeedStrings, post: Locator, comment: string) {
  const like = post.getByRole('button', { name: strings.like });
  expect(await like.getAttribute('aria-pressed')).toBe('false');
  expect(await like.textContent()).toContain(strings.likes(0));
  await like.click();
  await eventually(
    async () => ((await like.getAttribute('aria-pressed')) === 'true' ? true : undefined),
    'the like to be pressed',
  );
  expect(await like.textContent()).toContain(strings.likes(1));

  await post.getByRole('button', { name: strings.comments(0), exact: true }).click();
  const section = page.getByRole('region', { name: strings.commentsOf(await headingOf(post)) });
  await section.getByText(strings.noComments).waitFor();
  await section.getByRole('textbox', { name: strings.writeComment }).fill(comment);
  await section.getByRole('button', { name: strings.send, exact: true }).click();
  await section.getByText(comment, { exact: true }).waitFor();
  await post.getByRole('button', { name: strings.comments(1), exact: true }).waitFor();
}

async function headingOf(post: Locator): Promise<string> {
  return (await post.getByRole('heading', { level: 3 }).first().textContent()) ?? '';
}

/** From the post, open its topic's feed and follow the topic; then back to "For you". */
async function followTopicFromPost(page: Page, strings: FeedStrings, post: Locator, blog: Blog) {
  await post.getByRole('button', { name: `#${blog.topic}`, exact: true }).click();
  await page.getByRole('heading', { name: strings.topicHeading(blog.topic), exact: true }).waitFor();
  const follow = page.getByRole('button', { name: strings.followTopic(blog.topic), exact: true });
  expect(await follow.getAttribute('aria-pressed')).toBe('false');
  await follow.click();
  await eventually(
    async () => ((await follow.getAttribute('aria-pressed')) === 'true' ? true : undefined),
    'the topic to be followed',
  );
  await page.getByRole('button', { name: strings.backToFeed, exact: true }).click();
  await page.getByRole('tab', { name: strings.views.foryou, selected: true }).waitFor();
}

/** The whole story in one language: `author` writes and mentions `reader`, who likes, comments and follows. */
async function blogStory(locale: Locale, author: PortalUser, reader: PortalUser): Promise<void> {
  const strings = feedStrings(locale);
  const blog = blogOfThisRun(locale);
  const asAuthor = await apiAs(suite.portalUrl, author.id);
  const asReader = await apiAs(suite.portalUrl, reader.id);

  const authorPage = await openFeed(author.id, locale);
  await writeBlog(authorPage, asAuthor, strings, blog, reader);
  await checkShownAsStored(
    postIn(authorPage, strings, blog.title),
    await storedPost(asAuthor, blog.title),
    reader,
    blog,
  );
  await authorPage.context().close();

  const page = await openFeed(reader.id, locale);
  await page.getByRole('tab', { name: strings.views.latest }).click();
  const inLatest = postIn(page, strings, blog.title);
  const comment =
    locale === 'nl-NL' ? `Mooi werk, ${author.displayName}!` : `Great work, ${author.displayName}!`;
  await likeAndComment(page, strings, inLatest, comment);
  await followTopicFromPost(page, strings, inLatest, blog);

  // For you, as the API has it for the reader: the post, because of the followed topic, with both counts.
  const forYou = await asReader<{ items: PostWire[] }>('/api/feed?view=foryou&top=50');
  const stored = forYou.items.find((p) => p.title === blog.title);
  expect(stored).toMatchObject({ because: 'topic', likeCount: 1, commentCount: 1, likedByMe: true });
  const post = postIn(page, strings, blog.title);
  await post.waitFor();
  expect(await post.textContent()).toContain(strings.because.topic);
  const like = post.getByRole('button', { name: strings.like });
  expect(await like.getAttribute('aria-pressed')).toBe('true');
  expect(await like.textContent()).toContain(strings.likes(stored!.likeCount));
  await post.getByRole('button', { name: strings.comments(stored!.commentCount), exact: true }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe(locale);

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp'}/samen-feed-${locale}.png` });
  await page.context().close();
}

test('in English: a blog with a mention and a topic; liked, commented on, its topic followed, in For you; axe clean', async () => {
  await blogStory('en-US', people[0]!, people[1]!);
});

test('the same in Dutch, with other colleagues and another topic', async () => {
  await blogStory('nl-NL', people[2]!, people[3]!);
});

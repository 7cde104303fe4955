// The portal's Teams-like frame in a browser, on the real service and dev tenant: in Dutch, ask the bot who knows
// about fiber, see the card with the experts and their presence, narrow it to who is available now (the card
// refreshed in place by Action.Execute), open the Talentfinder tab in the dark theme; axe clean in all three themes.
import type { Locator, Page } from 'playwright-core';
import { STRINGS } from '../../bot/src/conversation/strings';
import { frameStrings } from '../../portal/src/page/frame/frame-strings';
import { expectNoAxeViolations, json, makeAvailable, preferPresence } from './helpers';
import { eventually, startSuite, type Suite } from './suite';

jest.setTimeout(120_000);

const QUESTION = 'wie weet iets van glasvezel?';
const TOPIC = 'glasvezel';
const nl = frameStrings('nl-NL');
const bot = STRINGS['nl-NL'];
const PRESENCES = Object.values(bot.presence);
const AVAILABLE = [bot.presence.Available, bot.presence.AvailableIdle];
const SCREENSHOTS = process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp';

let suite: Suite;
let viewer: { id: string; displayName: string };
/** Another colleague, with a chat of their own, for "notify me when available". */
let secondViewer: { id: string; displayName: string };
/** The first page the bot should show: the service's own search, as the viewer, five people (a card's page). */
let expected: string[];
/** The two best fiber experts, made available in Teams so "only available now" shows them at any hour. */
let madeAvailable: string[];

interface SearchPage {
  results: { id: string; displayName: string }[];
}

beforeAll(async () => {
  // Notices are checked every 5 s (the service's shortest interval), so a proactive message comes within the test.
  suite = await startSuite({ serviceEnv: { SAMEN_PRESENCE_POLL_MS: '5000' } });
  const users = await json<{ value: { id: string; displayName: string }[] }>(
    await fetch(`${suite.portalUrl}/portal/users`),
    '/portal/users',
  );
  viewer = users.value[0]!;
  secondViewer = users.value[1]!;
  const page = await search(viewer.id);
  expected = page.results.map((r) => r.displayName);
  const best = page.results.slice(0, 2);
  for (const person of best) await makeAvailable(suite.tenant, person.id);
  madeAvailable = best.map((p) => p.displayName);
}, 120_000);

/** The service's own search, through the portal as the frame's user: what the bot's first card should show. */
async function search(userId: string): Promise<SearchPage> {
  const { accessToken } = await json<{ accessToken: string }>(
    await fetch(`${suite.portalUrl}/portal/token?as=${userId}`),
    '/portal/token',
  );
  return json<SearchPage>(
    await fetch(`${suite.portalUrl}/api/talent/search?q=${TOPIC}&top=5&skip=0&available=false`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    }),
    'search',
  );
}

afterAll(async () => {
  await suite?.stop();
});

/** The card's text blocks in order, as the adaptivecards renderer drew them. */
function cardTexts(message: Locator): Promise<string[]> {
  return message.locator('.ac-textBlock').allTextContents();
}

/** Each person's presence label: the first known label among the two lines after the name (title, presence). */
function presenceOf(texts: readonly string[], name: string): string | undefined {
  const at = texts.indexOf(name);
  return at < 0 ? undefined : texts.slice(at + 1, at + 3).find((t) => PRESENCES.includes(t));
}

async function openFrame(as: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  await context.route('https://teams.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Teams</title>' }),
  );
  const page = await context.newPage();
  await page.goto(`${suite.portalUrl}/teams/?lang=nl-NL&as=${as}`);
  return page;
}

async function ask(page: Page, messages: Locator): Promise<Locator> {
  // Installing the bot in the chat: its welcome card, in the language the frame is in.
  await messages.getByText(bot.welcomeTitle).waitFor();
  const composer = page.getByRole('textbox', { name: nl.composerLabel });
  await composer.fill(QUESTION);
  await composer.press('Enter');
  const answer = messages.locator(':scope > li').filter({ hasText: bot.resultsTitle(TOPIC) });
  await answer.waitFor();
  return answer;
}

async function checkExperts(page: Page, answer: Locator): Promise<void> {
  const texts = await cardTexts(answer);
  const positions = expected.map((name) => texts.indexOf(name));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(expected.map((name) => PRESENCES.includes(presenceOf(texts, name) ?? ''))).toEqual(
    expected.map(() => true),
  );
  for (const name of madeAvailable) expect(AVAILABLE).toContain(presenceOf(texts, name));
  // Screen readers hear the new card's title (a live region), not the whole card.
  const announced = nl.newMessage(nl.botName, bot.resultsTitle(TOPIC));
  await eventually(
    async () => ((await page.getByRole('status').textContent()) === announced ? true : undefined),
    'the announcement of the answer',
  );
}

/** "Only available now" is an Action.Execute: its answer replaces the card in the same chat message. */
async function onlyAvailable(messages: Locator, answer: Locator): Promise<void> {
  const count = await messages.locator(':scope > li').count();
  const message = await answer.elementHandle();
  await answer.getByRole('button', { name: bot.onlyAvailable }).press('Enter');
  await answer.getByRole('button', { name: bot.everyone }).waitFor();
  expect(await message!.evaluate((li) => li.isConnected)).toBe(true);
  // The pressed button is gone with the old card: the keyboard's place is the message, not the page's start.
  await eventually(
    () => message!.evaluate((li) => (li.contains(document.activeElement) ? true : undefined)),
    'focus on the refreshed message',
  );
  expect(await message!.evaluate((li, name) => li.textContent?.includes(name), bot.everyone)).toBe(true);
  expect(await messages.locator(':scope > li').count()).toBe(count);
  const texts = await cardTexts(answer);
  const shown = texts.filter((t) => PRESENCES.includes(t));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((t) => !AVAILABLE.includes(t))).toEqual([]);
  for (const name of madeAvailable) expect(texts).toContain(name);
}

async function openChatLink(page: Page, answer: Locator): Promise<void> {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    // The renderer gives Action.OpenUrl the link role: it goes somewhere rather than doing something here.
    answer.getByRole('link', { name: bot.chat }).first().click(),
  ]);
  expect(popup.url()).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=[^&]+&message=/);
  await popup.close();
}

// The cards' canvas in each theme, from the frame's host configs (portal/src/page/frame/frame-theme.ts).
const CARD_BACKGROUND = { default: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' };

/** Switches the frame's theme; the cards are drawn again with that theme's host config. */
async function chooseTheme(page: Page, answer: Locator, theme: keyof typeof CARD_BACKGROUND): Promise<void> {
  await page.getByRole('combobox', { name: nl.theme }).selectOption(theme);
  expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
  const card = answer.locator('.ac-adaptiveCard');
  expect(await card.evaluate((root) => getComputedStyle(root).backgroundColor)).toBe(CARD_BACKGROUND[theme]);
}

async function openTalentfinderTab(page: Page): Promise<void> {
  const appBar = page.getByRole('navigation', { name: nl.appBar });
  await appBar.getByRole('button', { name: nl.talentfinder }).press('Enter');
  expect(await appBar.getByRole('button', { name: nl.talentfinder }).getAttribute('aria-current')).toBe(
    'page',
  );
  const tab = page.frameLocator(`iframe[title="${nl.talentfinder}"]`);
  // In a frame that is not Teams, teams-js gives up after the tab's 3 s race; then the tab signs in locally.
  await tab.getByRole('main', { name: 'Talentfinder' }).waitFor({ timeout: 20_000 });
  expect(await tab.locator('html').getAttribute('lang')).toBe('nl-NL');
  const background = await tab
    .locator('#root > div')
    .evaluate((root) => getComputedStyle(root).backgroundColor);
  expect(background).toBe('rgb(31, 31, 31)');
}

test('in Dutch: ask the bot, see experts and presence, narrow to available now in place, open the tab in the dark theme; axe clean', async () => {
  const page = await openFrame(viewer.id);
  expect(await page.getAttribute('html', 'lang')).toBe('nl-NL');
  const messages = page.getByRole('list', { name: nl.messages });
  const answer = await ask(page, messages);
  expect(
    await answer.locator('.ac-adaptiveCard').evaluate((root) => getComputedStyle(root).backgroundColor),
  ).toBe(CARD_BACKGROUND.default);
  await checkExperts(page, answer);
  await onlyAvailable(messages, answer);
  await openChatLink(page, answer);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/samen-teams-frame-chat-nl-NL.png` });

  await chooseTheme(page, answer, 'contrast');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/samen-teams-frame-chat-contrast-nl-NL.png` });

  await chooseTheme(page, answer, 'dark');
  await expectNoAxeViolations(page);
  await openTalentfinderTab(page);
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `${process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp'}/samen-teams-frame-dark-nl-NL.png`,
  });
  await page.context().close();
});

test('"notify me when available": the card says Samen is watching, and the proactive message arrives in the chat', async () => {
  // Someone on the bot's first page, Busy whatever their seeded working day says (their own status wins).
  const person = (await search(secondViewer.id)).results[2]!;
  await makeAvailable(suite.tenant, person.id);
  await preferPresence(suite.tenant, person.id, 'Busy');

  const page = await openFrame(secondViewer.id);
  const messages = page.getByRole('list', { name: nl.messages });
  const answer = await ask(page, messages);
  expect(presenceOf(await cardTexts(answer), person.displayName)).toBe(bot.presence.Busy);
  const expert = answer.locator('.ac-container').filter({ hasText: person.displayName });
  // The answer replaces the results card in the same message, which no longer has the results' title then.
  const message = page.locator(`[id="${await answer.getAttribute('id')}"]`);
  await expert.getByRole('button', { name: bot.notifyMe }).first().press('Enter');
  await message.getByText(bot.watchingTitle).waitFor();

  // Teams would tell Samen nothing: the service polls presence and posts to the portal's connector itself.
  await preferPresence(suite.tenant, person.id, 'Available');
  const notice = messages
    .locator(':scope > li')
    .filter({ hasText: bot.availableNowTitle(person.displayName) });
  await notice.waitFor({ timeout: 30_000 });
  const announced = nl.newMessage(nl.botName, bot.availableNowTitle(person.displayName));
  await eventually(
    async () => ((await page.getByRole('status').textContent()) === announced ? true : undefined),
    'the announcement of the notice',
  );
  await expectNoAxeViolations(page);
  await page.context().close();
});

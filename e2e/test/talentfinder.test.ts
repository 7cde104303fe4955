// The Talentfinder in a browser, on the local portal, as a seeded employee: search "glasvezel", see the fiber
// experts with their presence, narrow to who is available now, open a Teams chat, and no axe violations —
// in English and in Dutch.
import type { Locator, Page } from 'playwright-core';
import { talentfinderStrings } from '../../ui/src/talentfinder/strings';
import type { Locale } from '@samen/core/contract';
import { expectNoAxeViolations, json, makeAvailable } from './helpers';
import { eventually, startSuite, type Suite } from './suite';

jest.setTimeout(120_000);

let suite: Suite;
/** Two fiber experts who are made available in Teams, whatever the time of day the test runs. */
let madeAvailable: { id: string; displayName: string; userPrincipalName: string }[];

interface SearchResult {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

beforeAll(async () => {
  const started = Date.now();
  suite = await startSuite();
  // The search the page will make, through the portal as the page makes it, to know whom to make available.
  const users = await json<{ value: { id: string }[] }>(
    await fetch(`${suite.portalUrl}/portal/users`),
    '/portal/users',
  );
  const { accessToken } = await json<{ accessToken: string }>(
    await fetch(`${suite.portalUrl}/portal/token?as=${users.value[0]!.id}`),
    '/portal/token',
  );
  const page = await json<{ results: SearchResult[] }>(
    await fetch(`${suite.portalUrl}/api/talent/search?q=glasvezel&top=10&skip=0&available=false`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    }),
    'search',
  );
  madeAvailable = [page.results[1]!, page.results[3]!];
  for (const person of madeAvailable) await makeAvailable(suite.tenant, person.id);
  console.log(`e2e: suite started in ${Date.now() - started} ms`);
}, 120_000);

afterAll(async () => {
  await suite?.stop();
});

/** Chooses an option of a Fluent Dropdown by its label and option text. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function presenceTexts(cards: Locator, locale: Locale): Promise<string[]> {
  const known = Object.values(talentfinderStrings(locale).presence);
  const texts = await cards.evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  return texts.map((text) => known.find((p) => text.includes(p)) ?? `(no presence in: ${text.slice(0, 80)})`);
}

async function searchAndCheck(page: Page, locale: Locale): Promise<void> {
  const strings = talentfinderStrings(locale);
  await page.getByRole('combobox', { name: strings.searchLabel }).fill('glasvezel');
  await page.getByRole('button', { name: strings.searchButton, exact: true }).click();

  // Fiber experts, each with a presence text.
  const results = page.getByRole('list', { name: strings.resultsLabel });
  const cards = results.locator(':scope > li');
  await cards.first().waitFor();
  expect(await cards.count()).toBeGreaterThan(0);
  const allText = (await results.textContent()) ?? '';
  expect(allText).toMatch(/fib(er|re)|glasvezel|FTTH/i);
  const presences = await presenceTexts(cards, locale);
  expect(presences.filter((p) => !Object.values(strings.presence).includes(p))).toEqual([]);

  // Available now: only people who can be reached, the two made available among them.
  await page.getByRole('switch', { name: strings.availableNow }).click();
  const available = [strings.presence.Available, strings.presence.AvailableIdle];
  const shown = await eventually(async () => {
    const texts = await presenceTexts(cards, locale);
    const names = await cards.getByRole('heading', { level: 3 }).allTextContents();
    return texts.length > 0 && texts.every((t) => available.includes(t)) ? names : undefined;
  }, 'only available people');
  for (const person of madeAvailable) expect(shown).toContain(person.displayName);

  // Chat in Teams: a deep link to a 1:1 chat with a drafted first line naming the topic.
  const person = madeAvailable[0]!;
  const chat = page.getByRole('link', { name: strings.chatWith(person.displayName) });
  const href = (await chat.getAttribute('href')) ?? '';
  expect(href).toMatch(
    new RegExp(
      `^https://teams\\.microsoft\\.com/l/chat/0/0\\?users=${encodeURIComponent(person.userPrincipalName)}&message=`,
    ),
  );
  expect(decodeURIComponent(href.split('&message=')[1]!)).toContain('glasvezel');
  // Opening it goes through the host (a new tab, as on SharePoint); Teams itself is not reached from here.
  const [tab] = await Promise.all([page.waitForEvent('popup'), chat.click()]);
  expect(tab.url()).toBe(href);
  await tab.close();

  await expectNoAxeViolations(page);
}

async function openPortal(locale: Locale): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale });
  await context.route('https://teams.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Teams</title>' }),
  );
  const page = await context.newPage();
  await page.goto(suite.portalUrl);
  await page.getByRole('combobox', { name: 'View as' }).waitFor();
  return page;
}

test('as a seeded employee, in English: find fiber experts, narrow to available now, chat; no axe violations', async () => {
  const page = await openPortal('en-US');
  await searchAndCheck(page, 'en-US');
  await page.screenshot({ path: `${process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp'}/samen-portal-en-US.png` });
  await page.context().close();
});

test('the same in Dutch, viewed as another colleague', async () => {
  const page = await openPortal('en-US');
  await choose(page, 'Language', 'Nederlands (Nederland)');
  await page.getByRole('combobox', { name: 'Bekijken als' }).waitFor();
  const viewAs = page.getByRole('combobox', { name: 'Bekijken als' });
  const first = await viewAs.textContent();
  await viewAs.click();
  await page.getByRole('option').nth(1).click();
  expect(await viewAs.textContent()).not.toBe(first);
  expect(await page.getAttribute('html', 'lang')).toBe('nl-NL');
  await searchAndCheck(page, 'nl-NL');
  await page.screenshot({ path: `${process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp'}/samen-portal-nl-NL.png` });
  await page.context().close();
});

test('the Teams tab on the portal, in Dutch and the dark theme: the same Talentfinder, axe clean', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  await context.route('https://teams.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Teams</title>' }),
  );
  const page = await context.newPage();
  // Outside Teams, teams-js gives up at once (a top-level page) and `?auth=dev` signs in through the portal.
  await page.goto(`${suite.portalUrl}/teams/talentfinder/?auth=dev&theme=dark&lang=nl-NL`);
  await page.getByRole('main', { name: 'Talentfinder' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('nl-NL');
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('#root > div')!).backgroundColor,
  );
  expect(background).toBe('rgb(31, 31, 31)');
  await searchAndCheck(page, 'nl-NL');
  await page.screenshot({
    path: `${process.env.SAMEN_E2E_SCREENSHOTS ?? '/tmp'}/samen-teams-tab-dark-nl-NL.png`,
  });
  await context.close();
});

// Entry of the read-model child (started with --expose-gc): core's FeedReadModel in process, no HTTP nor Graph,
// filled with the same seed the tenant's lists get, so its build, heap and pages are the service's own share.
import {
  FeedReadModel,
  type Comment,
  type FeedView,
  type Follow,
  type Like,
  type Post,
  type Viewer,
} from '@samen/core';
import { childMain } from '../child';
import { summarise } from '../measure';
import { benchPeople, type BenchPeople } from './people';
import { measuredViews, postTime, seedComments, seedFollows, seedLikers, seedPost } from './seed-data';
import type { SeedCounts } from './seeder';
import type { ModelInput, ModelOutput } from './shared';

const PAGE_SIZE = 20;

function heapUsed(): number {
  // Twice: a first collection can leave garbage that a finaliser of the first one released.
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed;
}

interface SeedRows {
  posts: Post[];
  likes: Like[];
  comments: Comment[];
  follows: Follow[];
}

/** The seed as records, made before the clock starts: the build time is the read model's alone. */
function generate(input: ModelInput, people: BenchPeople, seedNow: Date): SeedRows {
  const rows: SeedRows = { posts: [], likes: [], comments: [], follows: seedFollows(people, seedNow) };
  // Oldest first (index 0 is the newest post), the order item delta delivers a list written over time.
  for (let n = input.posts - 1; n >= 0; n--) {
    const id = String(input.posts - n);
    rows.posts.push({ id, ...seedPost(people, seedNow, n) });
    const at = new Date(postTime(seedNow, n).getTime() + 5_000);
    for (const userId of seedLikers(people, n)) rows.likes.push({ target: { kind: 'post', id }, userId, at });
    for (const comment of seedComments(people, n, id, postTime(seedNow, n)))
      rows.comments.push({ id: String(rows.comments.length + 1), ...comment });
  }
  return rows;
}

/** In the order a first projection round applies them. */
function apply(model: FeedReadModel, rows: SeedRows): void {
  for (const post of rows.posts) model.putPost(post);
  for (const comment of rows.comments) model.putComment(comment);
  for (const like of rows.likes) model.addLike(like);
  for (const follow of rows.follows) model.addFollow(follow);
}

function timePages(model: FeedReadModel, viewer: Viewer, view: FeedView, input: ModelInput) {
  const latencies: number[] = [];
  let items = 0;
  const deadline = performance.now() + input.maxSeconds * 1000;
  for (let i = 0; i < input.pages + 50 && performance.now() < deadline; i++) {
    const start = performance.now();
    const page = model.page(viewer, { view, top: PAGE_SIZE });
    // The first 50 warm the JIT; only the rest count.
    if (i >= 50) latencies.push(performance.now() - start);
    items = page.items.length;
  }
  return { itemsPerPage: items, latency: summarise(latencies), measured: latencies.length };
}

/**
 * The same posts delivered newest first (a list whose items were created against time, e.g. imported history):
 * every insert then moves the whole sorted array, which is quadratic. Timed to show what that order costs.
 */
function timeNewestFirst(input: ModelInput, people: BenchPeople, seedNow: Date): number {
  const rows = generate(input, people, seedNow);
  rows.posts.reverse();
  const model = new FeedReadModel({ clock: { now: () => new Date() }, departmentOf: people.departmentOf });
  const start = performance.now();
  apply(model, rows);
  return performance.now() - start;
}

async function measureModel(input: ModelInput): Promise<ModelOutput> {
  const seedNow = new Date();
  const people = benchPeople(input.seed, input.people);
  const before = heapUsed();
  let rows: SeedRows | undefined = generate(input, people, seedNow);
  const counts: SeedCounts = {
    posts: rows.posts.length,
    likes: rows.likes.length,
    comments: rows.comments.length,
    follows: rows.follows.length,
  };
  const model = new FeedReadModel({ clock: { now: () => new Date() }, departmentOf: people.departmentOf });
  const start = performance.now();
  apply(model, rows);
  const buildMs = performance.now() - start;
  // The generated arrays go; the posts and comments themselves stay, held by the model as in the service.
  rows = undefined;
  const heapMiB = (heapUsed() - before) / 2 ** 20;
  const newestFirstMs = timeNewestFirst(input, people, seedNow);
  const viewer: Viewer = { userId: people.readerId, isModerator: false };
  const { topic, personId } = measuredViews(people);
  const views: Array<[string, FeedView]> = [
    ['For you', { kind: 'foryou' }],
    ['Latest', { kind: 'latest' }],
    [`topic ${topic}`, { kind: 'topic', topic }],
    ['a followed person', { kind: 'person', personId }],
  ];
  return {
    posts: input.posts,
    rows: counts,
    buildMs,
    newestFirstMs,
    heapMiB,
    views: views.map(([label, view]) => ({ view: label, ...timePages(model, viewer, view, input) })),
  };
}

childMain(measureModel);

import type { Locale } from '@samen/core/contract';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AdaptiveCardView } from './AdaptiveCardView';
import { ChatError, executeAction, followChat, sendMessage, type ChatActivity } from './chat-client';
import { frameStrings, type FrameStrings } from './frame-strings';
import type { FrameTheme } from './frame-theme';

export interface ChatPaneProps {
  /** The seeded user the frame is viewed as: the chat is theirs. */
  readonly userId: string;
  readonly locale: Locale;
  readonly theme: FrameTheme;
}

/** The portal takes messages up to this long (portal/src/server/channel-wire.ts); the bot judges the rest. */
const MAX_COMPOSED_LENGTH = 4_000;

const messageId = (activityId: string) => `message-${activityId}`;

/** A new line is added; a line seen again (a reconnect replays the chat) or updated replaces the old one. */
function upsert(list: readonly ChatActivity[], activity: ChatActivity): ChatActivity[] {
  const at = list.findIndex((a) => a.id === activity.id);
  return at < 0 ? [...list, activity] : list.map((a, i) => (i === at ? activity : a));
}

/** What a screen reader hears of a bot message: its text, or its card's first text (the card's title). */
function gistOf(activity: ChatActivity): string {
  if (activity.text) return activity.text;
  const body = activity.cards[0]?.body;
  const first = Array.isArray(body)
    ? (body as { type?: unknown; text?: unknown }[]).find((e) => e.type === 'TextBlock')
    : undefined;
  return typeof first?.text === 'string' ? first.text : '';
}

function problemText(error: unknown, strings: FrameStrings, fallback: string): string {
  if (error instanceof ChatError && error.code === 'botUnavailable') return strings.botUnavailable;
  if (error instanceof ChatError && error.code === 'botFailed') return strings.botFailed;
  return fallback;
}

/** The chat's lines, kept up to date from the portal's event stream, and what is announced of them. */
function useChat(userId: string, locale: Locale, strings: FrameStrings) {
  const [activities, setActivities] = useState<ChatActivity[]>([]);
  const [connected, setConnected] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const words = useRef(strings);
  words.current = strings;
  // The chat follows the person, not the language: switching language keeps the stream (and what it showed).
  const startLocale = useRef(locale);
  useEffect(() => {
    setActivities([]);
    return followChat(userId, startLocale.current, {
      onEvent: (kind, activity) => {
        setActivities((list) => upsert(list, activity));
        if (activity.from !== 'bot') return;
        const s = words.current;
        const gist = gistOf(activity);
        setAnnouncement(kind === 'activity' ? s.newMessage(s.botName, gist) : s.cardUpdated(gist));
      },
      onConnection: setConnected,
    });
  }, [userId]);
  return { activities, setActivities, connected, announcement, setAnnouncement };
}

/** The personal chat with the Samen bot: its messages and cards, and a composer (Enter sends). */
export function ChatPane({ userId, locale, theme }: ChatPaneProps): JSX.Element {
  const strings = frameStrings(locale);
  const chat = useChat(userId, locale, strings);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [busyCard, setBusyCard] = useState<string>();
  const [problem, setProblem] = useState<string>();
  /** A card action answered with a message instead of a card: Teams shows it briefly; here, above the composer. */
  const [toast, setToast] = useState<string>();
  const [refocus, setRefocus] = useState<string>();
  const list = useRef<HTMLOListElement>(null);

  // A refreshed card replaces the button that was pressed; focus goes to its message rather than to the page.
  useEffect(() => {
    if (!refocus) return;
    const message = document.getElementById(messageId(refocus));
    if (message && !message.contains(document.activeElement)) message.focus();
    setRefocus(undefined);
  }, [refocus, chat.activities]);

  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [chat.activities.length]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text || sending) return;
    setSending(true);
    setProblem(undefined);
    sendMessage(userId, locale, text)
      .then(() => setDraft(''))
      .catch((error: unknown) => setProblem(problemText(error, strings, strings.sendFailed)))
      .finally(() => setSending(false));
  };

  const execute = (activityId: string) => (verb: string, data: Record<string, unknown>) => {
    setBusyCard(activityId);
    setProblem(undefined);
    setToast(undefined);
    executeAction(userId, locale, activityId, verb, data)
      .then((answer) => {
        if ('message' in answer) {
          setToast(answer.message);
          return chat.setAnnouncement(answer.message);
        }
        // Teams' behaviour: the card in the invoke's answer replaces the card that was acted on, in place.
        chat.setActivities((all) =>
          all.map((a) => (a.id === activityId ? { ...a, cards: [answer.card] } : a)),
        );
        setRefocus(activityId);
      })
      .catch((error: unknown) => setProblem(problemText(error, strings, strings.actionFailed)))
      .finally(() => setBusyCard(undefined));
  };

  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="chat" aria-labelledby="chat-title">
      <header className="pane-header">
        <h1 id="chat-title" className="pane-title">
          {strings.chatWith(strings.botName)}
        </h1>
      </header>
      {!chat.connected && <p className="chat-notice">{strings.connectionLost}</p>}
      <ol ref={list} className="chat-messages" aria-label={strings.messages}>
        {chat.activities.length === 0 && <li className="chat-empty">{strings.emptyChat}</li>}
        {chat.activities.map((activity) => (
          <li
            key={activity.id}
            id={messageId(activity.id)}
            tabIndex={-1}
            className={`chat-message chat-message--${activity.from}`}
            aria-busy={busyCard === activity.id}
          >
            <p className="chat-meta">
              <span className="chat-sender">{activity.from === 'bot' ? strings.botName : strings.you}</span>{' '}
              <time dateTime={activity.timestamp}>{time.format(new Date(activity.timestamp))}</time>
            </p>
            {activity.text && <p className="chat-text">{activity.text}</p>}
            {activity.cards.map((card, i) => (
              <AdaptiveCardView
                key={i}
                card={card}
                theme={theme}
                onExecute={execute(activity.id)}
                onOpenUrl={(url) => window.open(url, '_blank', 'noopener,noreferrer')}
              />
            ))}
            {!activity.text && activity.cards.length === 0 && (
              <p className="chat-text">{strings.unsupported}</p>
            )}
          </li>
        ))}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite">
        {chat.announcement}
      </div>
      {toast && <p className="chat-notice">{toast}</p>}
      {problem && (
        <p className="chat-problem" role="alert">
          {problem}
        </p>
      )}
      <form className="composer" onSubmit={send}>
        <label htmlFor="composer-input" className="visually-hidden">
          {strings.composerLabel}
        </label>
        <input
          id="composer-input"
          className="composer-input"
          type="text"
          autoComplete="off"
          maxLength={MAX_COMPOSED_LENGTH}
          placeholder={strings.composerPlaceholder}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="composer-send" disabled={sending}>
          {sending ? strings.sending : strings.send}
        </button>
      </form>
    </section>
  );
}

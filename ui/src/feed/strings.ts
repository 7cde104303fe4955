import type { Availability, Locale } from '@samen/core/contract';
import type { Because } from './feed-service';

/** Every word the Feed shows or announces, in every language Samen speaks (en-US, nl-NL). */
export interface FeedStrings {
  readonly appTitle: string;
  readonly views: { readonly foryou: string; readonly latest: string };
  readonly viewsLabel: string;
  readonly topicHeading: (label: string) => string;
  readonly personHeading: (name: string) => string;
  readonly backToFeed: string;
  readonly sharedPost: string;
  readonly feedLabel: string;
  // Composer
  readonly composerHeading: string;
  readonly kindLabel: string;
  readonly kindStatus: string;
  readonly kindBlog: string;
  readonly titleLabel: string;
  readonly bodyLabel: string;
  readonly bodyPlaceholder: string;
  readonly toolbarLabel: string;
  readonly bold: string;
  readonly italic: string;
  readonly bulletList: string;
  readonly numberedList: string;
  readonly link: string;
  readonly linkPrompt: string;
  readonly linkAddressLabel: string;
  readonly insert: string;
  readonly cancel: string;
  readonly mentionSuggestions: string;
  readonly topicsLabel: string;
  readonly topicsHint: string;
  readonly removeTopic: (label: string) => string;
  readonly publish: string;
  readonly publishing: string;
  readonly published: string;
  // Posts
  readonly postBy: (name: string) => string;
  readonly blog: string;
  readonly edited: string;
  readonly hiddenNotice: (reason: string) => string;
  readonly because: Readonly<Record<Because, string>>;
  readonly topicsOfPost: string;
  readonly externalLink: string;
  readonly documents: string;
  /** A document's kind as the service names it (word, excel, pdf, folder, ...), in words. */
  readonly documentType: (type: string) => string;
  readonly like: string;
  readonly likes: (count: number) => string;
  readonly comments: (count: number) => string;
  readonly shareLink: string;
  readonly linkCopied: string;
  readonly copyFailed: string;
  readonly follow: (name: string) => string;
  readonly followTopic: (label: string) => string;
  readonly notFollowing: string;
  readonly moreActions: string;
  readonly report: string;
  readonly reportReason: string;
  readonly reported: string;
  readonly delete: string;
  readonly deletePostTitle: string;
  readonly deleteCommentTitle: string;
  readonly reportTitle: string;
  readonly linkInvalid: string;
  readonly deleted: string;
  readonly edit: string;
  readonly save: string;
  readonly saved: string;
  // Moderation
  readonly hide: string;
  readonly restore: string;
  readonly moderationHide: string;
  readonly moderationRestore: string;
  readonly moderationHideComment: string;
  readonly moderationRestoreComment: string;
  readonly commentHidden: string;
  readonly commentRestored: string;
  readonly moderationReason: string;
  readonly moderationReasonRequired: string;
  readonly hiddenDone: string;
  readonly restoredDone: string;
  // Comments
  readonly commentsOf: (title: string) => string;
  readonly writeComment: string;
  readonly writeReply: (name: string) => string;
  readonly reply: string;
  readonly send: string;
  readonly noComments: string;
  readonly loadingComments: string;
  readonly commentAdded: string;
  // States
  readonly loading: string;
  readonly emptyBody: string;
  readonly emptyTopic: string;
  readonly emptyPerson: string;
  readonly writeFirst: string;
  readonly showLatest: string;
  readonly errorTitle: string;
  readonly retry: string;
  readonly showMore: string;
  readonly loadingMore: string;
  readonly moreLoaded: (count: number) => string;
  readonly newPosts: (count: number) => string;
  readonly dismiss: string;
  // Presence and errors
  readonly presence: Readonly<Record<Availability, string>>;
  readonly genericError: string;
  readonly networkError: string;
  readonly signInAgain: string;
  readonly invalidResponse: string;
}

const DOCUMENT_TYPES: Record<Locale, Readonly<Record<string, string>> & { readonly file: string }> = {
  'en-US': {
    word: 'Word document',
    excel: 'Excel workbook',
    powerpoint: 'PowerPoint presentation',
    pdf: 'PDF',
    onenote: 'OneNote notebook',
    visio: 'Visio drawing',
    text: 'Text file',
    image: 'Image',
    video: 'Video',
    page: 'SharePoint page',
    folder: 'Folder',
    file: 'File',
  },
  'nl-NL': {
    word: 'Word-document',
    excel: 'Excel-werkmap',
    powerpoint: 'PowerPoint-presentatie',
    pdf: 'PDF',
    onenote: 'OneNote-notitieblok',
    visio: 'Visio-tekening',
    text: 'Tekstbestand',
    image: 'Afbeelding',
    video: 'Video',
    page: 'SharePoint-pagina',
    folder: 'Map',
    file: 'Bestand',
  },
};

const EN: FeedStrings = {
  appTitle: 'Feed',
  views: { foryou: 'For you', latest: 'Latest' },
  viewsLabel: 'Feed views',
  topicHeading: (label) => `Posts about #${label}`,
  personHeading: (name) => `Posts by ${name}`,
  backToFeed: 'Back to the feed',
  sharedPost: 'Shared post',
  feedLabel: 'Posts',
  composerHeading: 'Share something',
  kindLabel: 'What are you writing?',
  kindStatus: 'Update',
  kindBlog: 'Blog',
  titleLabel: 'Title',
  bodyLabel: 'Message',
  bodyPlaceholder: 'What would you like to share? Type @ to mention a colleague.',
  toolbarLabel: 'Formatting',
  bold: 'Bold (Ctrl+B)',
  italic: 'Italic (Ctrl+I)',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Link',
  linkPrompt: 'Add a link',
  linkAddressLabel: 'Web address',
  insert: 'Insert',
  cancel: 'Cancel',
  mentionSuggestions: 'Colleagues to mention',
  topicsLabel: 'Topics',
  topicsHint: 'Type a topic and press Enter, such as #glasvezel',
  removeTopic: (label) => `Remove topic ${label}`,
  publish: 'Post',
  publishing: 'Posting…',
  published: 'Your post is in the feed.',
  postBy: (name) => `Post by ${name}`,
  blog: 'Blog',
  edited: 'edited',
  hiddenNotice: (reason) => `Hidden by a moderator: ${reason}`,
  because: {
    own: 'Your post',
    person: 'From someone you follow',
    topic: 'About a topic you follow',
    department: 'Popular in your department',
  },
  topicsOfPost: 'Topics',
  externalLink: '(external link)',
  documents: 'Documents',
  documentType: (type) => DOCUMENT_TYPES['en-US'][type] ?? DOCUMENT_TYPES['en-US'].file,
  like: 'Like',
  likes: (count) => (count === 1 ? '1 like' : `${count} likes`),
  comments: (count) => (count === 1 ? '1 comment' : `${count} comments`),
  shareLink: 'Copy link',
  linkCopied: 'Link to the post copied.',
  copyFailed: 'The link could not be copied.',
  follow: (name) => `Follow ${name}`,
  followTopic: (label) => `Follow #${label}`,
  notFollowing: 'Follow',
  moreActions: 'More actions',
  report: 'Report',
  reportReason: 'What is wrong with it?',
  reported: 'Thank you. The moderators will look at it.',
  delete: 'Delete',
  deletePostTitle: 'Delete this post?',
  deleteCommentTitle: 'Delete this comment?',
  reportTitle: 'Report to the moderators',
  linkInvalid: 'Type a web address, such as https://contoso.com.',
  deleted: 'Deleted.',
  edit: 'Edit',
  save: 'Save',
  saved: 'Your changes are saved.',
  hide: 'Hide',
  restore: 'Restore',
  moderationHide: 'Hide this post',
  moderationRestore: 'Restore this post',
  moderationHideComment: 'Hide this comment',
  moderationRestoreComment: 'Restore this comment',
  commentHidden: 'The comment is hidden.',
  commentRestored: 'The comment is restored.',
  moderationReason: 'Reason (the author sees it)',
  moderationReasonRequired: 'Give a reason.',
  hiddenDone: 'The post is hidden.',
  restoredDone: 'The post is restored.',
  commentsOf: (title) => `Comments on ${title}`,
  writeComment: 'Write a comment',
  writeReply: (name) => `Reply to ${name}`,
  reply: 'Reply',
  send: 'Send',
  noComments: 'No comments yet.',
  loadingComments: 'Loading comments…',
  commentAdded: 'Your comment was added.',
  loading: 'Loading posts…',
  emptyBody: 'Nothing here yet — follow colleagues or topics, or write the first post.',
  emptyTopic: 'No posts about this topic yet.',
  emptyPerson: 'No posts by this colleague yet.',
  writeFirst: 'Write a post',
  showLatest: 'Show the latest posts',
  errorTitle: 'The feed could not be loaded',
  retry: 'Try again',
  showMore: 'Show more',
  loadingMore: 'Loading more posts…',
  moreLoaded: (count) => (count === 1 ? '1 more post shown.' : `${count} more posts shown.`),
  newPosts: (count) => (count === 1 ? 'Show 1 new post' : `Show ${count} new posts`),
  dismiss: 'Dismiss',
  presence: {
    Available: 'Available',
    AvailableIdle: 'Available',
    Away: 'Away',
    BeRightBack: 'Be right back',
    Busy: 'Busy',
    BusyIdle: 'Busy',
    DoNotDisturb: 'Do not disturb',
    Offline: 'Offline',
    PresenceUnknown: 'Presence unknown',
  },
  genericError: 'Something went wrong. Please try again.',
  networkError: 'Samen could not be reached. Check your connection and try again.',
  signInAgain: 'Please sign in again.',
  invalidResponse: 'Samen answered in a way this page does not understand. Reload the page and try again.',
};

const NL: FeedStrings = {
  appTitle: 'Tijdlijn',
  views: { foryou: 'Voor jou', latest: 'Nieuwste' },
  viewsLabel: 'Weergaven van de tijdlijn',
  topicHeading: (label) => `Berichten over #${label}`,
  personHeading: (name) => `Berichten van ${name}`,
  backToFeed: 'Terug naar de tijdlijn',
  sharedPost: 'Gedeeld bericht',
  feedLabel: 'Berichten',
  composerHeading: 'Deel iets',
  kindLabel: 'Wat schrijf je?',
  kindStatus: 'Update',
  kindBlog: 'Blog',
  titleLabel: 'Titel',
  bodyLabel: 'Bericht',
  bodyPlaceholder: 'Wat wil je delen? Typ @ om een collega te noemen.',
  toolbarLabel: 'Opmaak',
  bold: 'Vet (Ctrl+B)',
  italic: 'Cursief (Ctrl+I)',
  bulletList: 'Lijst met opsommingstekens',
  numberedList: 'Genummerde lijst',
  link: 'Link',
  linkPrompt: 'Link toevoegen',
  linkAddressLabel: 'Webadres',
  insert: 'Invoegen',
  cancel: 'Annuleren',
  mentionSuggestions: 'Collega’s om te noemen',
  topicsLabel: 'Onderwerpen',
  topicsHint: 'Typ een onderwerp en druk op Enter, bijvoorbeeld #glasvezel',
  removeTopic: (label) => `Onderwerp ${label} verwijderen`,
  publish: 'Plaatsen',
  publishing: 'Bezig met plaatsen…',
  published: 'Je bericht staat in de tijdlijn.',
  postBy: (name) => `Bericht van ${name}`,
  blog: 'Blog',
  edited: 'bewerkt',
  hiddenNotice: (reason) => `Verborgen door een moderator: ${reason}`,
  because: {
    own: 'Jouw bericht',
    person: 'Van iemand die je volgt',
    topic: 'Over een onderwerp dat je volgt',
    department: 'Populair op je afdeling',
  },
  topicsOfPost: 'Onderwerpen',
  externalLink: '(externe link)',
  documents: 'Documenten',
  documentType: (type) => DOCUMENT_TYPES['nl-NL'][type] ?? DOCUMENT_TYPES['nl-NL'].file,
  like: 'Vind ik leuk',
  likes: (count) => (count === 1 ? '1 keer leuk' : `${count} keer leuk`),
  comments: (count) => (count === 1 ? '1 reactie' : `${count} reacties`),
  shareLink: 'Link kopiëren',
  linkCopied: 'Link naar het bericht gekopieerd.',
  copyFailed: 'De link kon niet worden gekopieerd.',
  follow: (name) => `${name} volgen`,
  followTopic: (label) => `#${label} volgen`,
  notFollowing: 'Volgen',
  moreActions: 'Meer acties',
  report: 'Melden',
  reportReason: 'Wat is er mis mee?',
  reported: 'Dank je. De moderatoren kijken ernaar.',
  delete: 'Verwijderen',
  deletePostTitle: 'Dit bericht verwijderen?',
  deleteCommentTitle: 'Deze reactie verwijderen?',
  reportTitle: 'Melden bij de moderatoren',
  linkInvalid: 'Typ een webadres, bijvoorbeeld https://contoso.com.',
  deleted: 'Verwijderd.',
  edit: 'Bewerken',
  save: 'Opslaan',
  saved: 'Je wijzigingen zijn opgeslagen.',
  hide: 'Verbergen',
  restore: 'Terugzetten',
  moderationHide: 'Dit bericht verbergen',
  moderationRestore: 'Dit bericht terugzetten',
  moderationHideComment: 'Deze reactie verbergen',
  moderationRestoreComment: 'Deze reactie terugzetten',
  commentHidden: 'De reactie is verborgen.',
  commentRestored: 'De reactie is teruggezet.',
  moderationReason: 'Reden (de auteur ziet deze)',
  moderationReasonRequired: 'Geef een reden op.',
  hiddenDone: 'Het bericht is verborgen.',
  restoredDone: 'Het bericht is teruggezet.',
  commentsOf: (title) => `Reacties op ${title}`,
  writeComment: 'Schrijf een reactie',
  writeReply: (name) => `Antwoord aan ${name}`,
  reply: 'Antwoorden',
  send: 'Versturen',
  noComments: 'Nog geen reacties.',
  loadingComments: 'Reacties laden…',
  commentAdded: 'Je reactie is toegevoegd.',
  loading: 'Berichten laden…',
  emptyBody: 'Hier staat nog niets — volg collega’s of onderwerpen, of schrijf het eerste bericht.',
  emptyTopic: 'Nog geen berichten over dit onderwerp.',
  emptyPerson: 'Nog geen berichten van deze collega.',
  writeFirst: 'Schrijf een bericht',
  showLatest: 'Toon de nieuwste berichten',
  errorTitle: 'De tijdlijn kon niet worden geladen',
  retry: 'Opnieuw proberen',
  showMore: 'Meer tonen',
  loadingMore: 'Meer berichten laden…',
  moreLoaded: (count) => (count === 1 ? '1 bericht meer getoond.' : `${count} berichten meer getoond.`),
  newPosts: (count) => (count === 1 ? '1 nieuw bericht tonen' : `${count} nieuwe berichten tonen`),
  dismiss: 'Sluiten',
  presence: {
    Available: 'Beschikbaar',
    AvailableIdle: 'Beschikbaar',
    Away: 'Afwezig',
    BeRightBack: 'Ben zo terug',
    Busy: 'Bezet',
    BusyIdle: 'Bezet',
    DoNotDisturb: 'Niet storen',
    Offline: 'Offline',
    PresenceUnknown: 'Status onbekend',
  },
  genericError: 'Er ging iets mis. Probeer het nog eens.',
  networkError: 'Samen is niet bereikbaar. Controleer je verbinding en probeer het nog eens.',
  signInAgain: 'Meld je opnieuw aan.',
  invalidResponse: 'Samen antwoordde op een manier die deze pagina niet begrijpt. Laad de pagina opnieuw.',
};

const STRINGS: Readonly<Record<Locale, FeedStrings>> = { 'en-US': EN, 'nl-NL': NL };

export function feedStrings(locale: Locale): FeedStrings {
  return STRINGS[locale];
}

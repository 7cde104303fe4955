declare interface IFeedWebPartStrings {
  PropertyPaneDescription: string;
  ServiceGroupName: string;
  ServiceUrlLabel: string;
  ServiceUrlDescription: string;
  ServiceUrlInvalid: string;
  ApiResourceLabel: string;
  ApiResourceDescription: string;
  ContentGroupName: string;
  ScopeLabel: string;
  ScopeEveryone: string;
  ScopeTopic: string;
  ScopePerson: string;
  TopicLabel: string;
  TopicInvalid: string;
  PersonLabel: string;
  PersonDescription: string;
  PersonInvalid: string;
  PageSizeLabel: string;
  ShowComposerLabel: string;
  ShowComposerOn: string;
  ShowComposerOff: string;
  NotConfigured: string;
}

declare module 'FeedWebPartStrings' {
  const strings: IFeedWebPartStrings;
  export = strings;
}

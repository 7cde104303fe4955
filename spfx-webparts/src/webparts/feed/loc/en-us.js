define([], function() {
  return {
    "PropertyPaneDescription": "What your colleagues share: posts, blogs and conversations.",
    "ServiceGroupName": "Samen service",
    "ServiceUrlLabel": "Service address",
    "ServiceUrlDescription": "For example https://samen.contoso.com",
    "ServiceUrlInvalid": "Enter an address that starts with https://",
    "ApiResourceLabel": "API resource",
    "ApiResourceDescription": "The Samen API's URI in Entra ID, for example api://<client-id>",
    "ContentGroupName": "What the feed shows",
    "ScopeLabel": "Show",
    "ScopeEveryone": "Everyone's posts (For you and Latest)",
    "ScopeTopic": "One topic",
    "ScopePerson": "One colleague",
    "TopicLabel": "Topic",
    "TopicInvalid": "A topic is one word, like #glasvezel or fiber-sales",
    "PersonLabel": "Colleague's object id",
    "PersonDescription": "The colleague's Entra object id (a GUID), as shown in their profile in Entra ID",
    "PersonInvalid": "Enter an object id like 6f1e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    "PageSizeLabel": "Posts per page",
    "ShowComposerLabel": "Let people post here",
    "ShowComposerOn": "Show the box to write a post",
    "ShowComposerOff": "Read only",
    "NotConfigured": "The feed is not set up yet: edit the web part and fill in the Samen service's address and API resource."
  };
});

define([], function() {
  return {
    "PropertyPaneDescription": "Find the colleague who knows, and who is available now.",
    "ServiceGroupName": "Samen service",
    "ServiceUrlLabel": "Service address",
    "ServiceUrlDescription": "For example https://samen.contoso.com",
    "ServiceUrlInvalid": "Enter an address that starts with https://",
    "ApiResourceLabel": "API resource",
    "ApiResourceDescription": "The Samen API's application ID URI, for example api://<client id>",
    "DefaultsGroupName": "Starting filters",
    "AvailableOnlyLabel": "Available now",
    "AvailableOnlyOn": "Only people who are available",
    "AvailableOnlyOff": "Everyone",
    "DepartmentLabel": "Department",
    "LocationLabel": "Location",
    "PageSizeLabel": "Results per page",
    "NotConfigured": "The Talentfinder is not set up yet: edit the web part and enter the Samen service's address and API resource."
  };
});

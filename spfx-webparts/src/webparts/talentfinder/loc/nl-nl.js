define([], function() {
  return {
    "PropertyPaneDescription": "Vind de collega die het weet, en die nu bereikbaar is.",
    "ServiceGroupName": "Samen-service",
    "ServiceUrlLabel": "Adres van de service",
    "ServiceUrlDescription": "Bijvoorbeeld https://samen.contoso.com",
    "ServiceUrlInvalid": "Vul een adres in dat met https:// begint",
    "ApiResourceLabel": "API-resource",
    "ApiResourceDescription": "De URI van de Samen-API in Entra ID, bijvoorbeeld api://<client-id>",
    "DefaultsGroupName": "Beginfilters",
    "AvailableOnlyLabel": "Nu beschikbaar",
    "AvailableOnlyOn": "Alleen wie bereikbaar is",
    "AvailableOnlyOff": "Iedereen",
    "DepartmentLabel": "Afdeling",
    "LocationLabel": "Locatie",
    "PageSizeLabel": "Resultaten per pagina",
    "NotConfigured": "De Talentfinder is nog niet ingesteld: bewerk het webonderdeel en vul het adres en de API-resource van de Samen-service in."
  };
});

define([], function() {
  return {
    "PropertyPaneDescription": "Wat je collega's delen: berichten, blogs en gesprekken.",
    "ServiceGroupName": "Samen-service",
    "ServiceUrlLabel": "Adres van de service",
    "ServiceUrlDescription": "Bijvoorbeeld https://samen.contoso.com",
    "ServiceUrlInvalid": "Vul een adres in dat met https:// begint",
    "ApiResourceLabel": "API-resource",
    "ApiResourceDescription": "De URI van de Samen-API in Entra ID, bijvoorbeeld api://<client-id>",
    "ContentGroupName": "Wat de tijdlijn toont",
    "ScopeLabel": "Toon",
    "ScopeEveryone": "Berichten van iedereen (Voor jou en Nieuwste)",
    "ScopeTopic": "Eén onderwerp",
    "ScopePerson": "Eén collega",
    "TopicLabel": "Onderwerp",
    "TopicInvalid": "Een onderwerp is één woord, zoals #glasvezel of fiber-sales",
    "PersonLabel": "Object-id van de collega",
    "PersonDescription": "De Entra-object-id van de collega (een GUID), zoals in het profiel in Entra ID",
    "PersonInvalid": "Vul een object-id in zoals 6f1e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    "PageSizeLabel": "Berichten per pagina",
    "ShowComposerLabel": "Laat mensen hier berichten plaatsen",
    "ShowComposerOn": "Toon het vak om een bericht te schrijven",
    "ShowComposerOff": "Alleen lezen",
    "NotConfigured": "De tijdlijn is nog niet ingesteld: bewerk het webonderdeel en vul het adres en de API-resource van de Samen-service in."
  };
});

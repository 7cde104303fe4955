declare interface ITalentfinderWebPartStrings {
  PropertyPaneDescription: string;
  ServiceGroupName: string;
  ServiceUrlLabel: string;
  ServiceUrlDescription: string;
  ServiceUrlInvalid: string;
  ApiResourceLabel: string;
  ApiResourceDescription: string;
  DefaultsGroupName: string;
  AvailableOnlyLabel: string;
  AvailableOnlyOn: string;
  AvailableOnlyOff: string;
  DepartmentLabel: string;
  LocationLabel: string;
  PageSizeLabel: string;
  NotConfigured: string;
}

declare module 'TalentfinderWebPartStrings' {
  const strings: ITalentfinderWebPartStrings;
  export = strings;
}

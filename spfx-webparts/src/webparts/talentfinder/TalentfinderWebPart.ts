import * as React from 'react';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import { HttpTalentService, TalentfinderApp } from '@samen/ui';

import * as strings from 'TalentfinderWebPartStrings';
import { SamenWebPart, isServiceConfigured } from '../shared/SamenWebPart';
import {
  DEFAULT_PAGE_SIZE,
  type ITalentfinderWebPartProps,
  MAX_PAGE_SIZE,
  MIN_PAGE_SIZE,
  talentDefaults
} from './talentfinder-host';

/**
 * A thin host: the Talentfinder itself is `TalentfinderApp` from @samen/ui. This class gives it the page's user,
 * language and theme, a service client with the user's token for the Samen API, and the property pane's defaults.
 */
export default class TalentfinderWebPart extends SamenWebPart<ITalentfinderWebPartProps, HttpTalentService> {
  protected element(): React.ReactElement {
    if (!isServiceConfigured(this.properties)) return React.createElement('p', undefined, strings.NotConfigured);
    return React.createElement(TalentfinderApp, {
      service: this.client(),
      host: {
        user: this.user,
        locale: this.locale,
        theme: this.theme,
        openLink: (url: string) => this.openLink(url)
      },
      defaults: talentDefaults(this.properties)
    });
  }

  protected createClient(baseUrl: string, getToken: () => Promise<string>): HttpTalentService {
    return new HttpTalentService({ baseUrl, getToken });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.ServiceGroupName, groupFields: this.serviceFields(strings) },
            {
              groupName: strings.DefaultsGroupName,
              groupFields: [
                PropertyPaneToggle('availableOnly', {
                  label: strings.AvailableOnlyLabel,
                  onText: strings.AvailableOnlyOn,
                  offText: strings.AvailableOnlyOff
                }),
                PropertyPaneTextField('department', { label: strings.DepartmentLabel }),
                PropertyPaneTextField('location', { label: strings.LocationLabel }),
                PropertyPaneSlider('pageSize', {
                  label: strings.PageSizeLabel,
                  min: MIN_PAGE_SIZE,
                  max: MAX_PAGE_SIZE,
                  step: 5,
                  value: this.properties.pageSize ?? DEFAULT_PAGE_SIZE,
                  showValue: true
                })
              ]
            }
          ]
        }
      ]
    };
  }
}

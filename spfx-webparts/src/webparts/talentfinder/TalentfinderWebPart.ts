import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { HttpTalentService, TalentfinderApp, type TalentfinderHost } from '@samen/ui';

import * as strings from 'TalentfinderWebPartStrings';
import {
  DEFAULT_PAGE_SIZE,
  type HostTheme,
  isConfigured,
  type ITalentfinderWebPartProps,
  MAX_PAGE_SIZE,
  MIN_PAGE_SIZE,
  talentDefaults,
  talentLocale
} from './talentfinder-host';

/**
 * A thin host: the Talentfinder itself is `TalentfinderApp` from @samen/ui. This class gives it the page's user,
 * language and theme, a service client with the user's token for the Samen API, and the property pane's defaults.
 */
export default class TalentfinderWebPart extends BaseClientSideWebPart<ITalentfinderWebPartProps> {
  private _theme: HostTheme | undefined;
  /** One client per service address and resource, so re-renders (theme, properties) keep the app's state. */
  private _service: { readonly key: string; readonly client: HttpTalentService } | undefined;

  public render(): void {
    ReactDom.render(this._element(), this.domElement);
  }

  private _element(): React.ReactElement {
    if (!isConfigured(this.properties)) {
      return React.createElement('p', undefined, strings.NotConfigured);
    }
    return React.createElement(TalentfinderApp, {
      service: this._serviceClient(),
      host: this._host(),
      defaults: talentDefaults(this.properties)
    });
  }

  /** SharePoint's theme (section backgrounds and dark themes too: `supportsThemeVariants`); Fluent's default until known. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    // IReadonlyTheme is Fluent's theme made read-only and partial; Fluent's ThemeProvider completes a partial theme.
    this._theme = currentTheme as HostTheme | undefined;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Text fields re-render on every keystroke otherwise; the service URL is best applied once typed. */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  private _serviceClient(): HttpTalentService {
    const baseUrl = this.properties.serviceUrl.trim();
    const resource = this.properties.apiResource.trim();
    const key = `${baseUrl} ${resource}`;
    if (this._service?.key !== key) {
      this._service = { key, client: new HttpTalentService({ baseUrl, getToken: () => this._getToken(resource) }) };
    }
    return this._service.client;
  }

  /** A token for the Samen API, as the signed-in user (SharePoint's own sign-in, approved webApiPermissionRequests). */
  private async _getToken(resource: string): Promise<string> {
    const provider = await this.context.aadTokenProviderFactory.getTokenProvider();
    return provider.getToken(resource);
  }

  private _host(): TalentfinderHost {
    const { pageContext } = this.context;
    return {
      user: {
        // The Entra object id, as the Samen service knows people (tokens' `oid`).
        id: pageContext.aadInfo?.userId?.toString() ?? pageContext.user.loginName,
        displayName: pageContext.user.displayName
      },
      locale: talentLocale(pageContext.cultureInfo.currentUICultureName),
      theme: this._theme,
      openLink: (url: string) => {
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    };
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.ServiceGroupName,
              groupFields: [
                PropertyPaneTextField('serviceUrl', {
                  label: strings.ServiceUrlLabel,
                  description: strings.ServiceUrlDescription,
                  onGetErrorMessage: (value: string) =>
                    !value || /^https:\/\/[^\s/]+/i.test(value.trim()) ? '' : strings.ServiceUrlInvalid
                }),
                PropertyPaneTextField('apiResource', {
                  label: strings.ApiResourceLabel,
                  description: strings.ApiResourceDescription
                })
              ]
            },
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

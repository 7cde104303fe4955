import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { FeedApp, HttpFeedService, registerFeedIcons, type FeedHost } from '@samen/ui';

import * as strings from 'FeedWebPartStrings';
import {
  DEFAULT_FEED_PAGE_SIZE,
  feedDefaults,
  feedLocale,
  type HostTheme,
  type IFeedWebPartProps,
  isConfigured,
  isPersonId,
  isTopic,
  MAX_FEED_PAGE_SIZE,
  MIN_FEED_PAGE_SIZE,
  postUrlOn
} from './feed-host';

/**
 * A thin host: the feed itself is `FeedApp` from @samen/ui. This class gives it the page's user, language and
 * theme, a service client with the user's token for the Samen API, and the property pane's scope and settings.
 */
export default class FeedWebPart extends BaseClientSideWebPart<IFeedWebPartProps> {
  private _theme: HostTheme | undefined;
  /** One client per service address and resource, so re-renders (theme, properties) keep the app's state. */
  private _service: { readonly key: string; readonly client: HttpFeedService } | undefined;

  protected async onInit(): Promise<void> {
    registerFeedIcons();
    return super.onInit();
  }

  public render(): void {
    ReactDom.render(this._element(), this.domElement);
  }

  private _element(): React.ReactElement {
    if (!isConfigured(this.properties)) {
      return React.createElement('p', undefined, strings.NotConfigured);
    }
    return React.createElement(FeedApp, {
      service: this._serviceClient(),
      host: this._host(),
      defaults: feedDefaults(this.properties)
    });
  }

  /** SharePoint's theme (section backgrounds and dark themes too: `supportsThemeVariants`). */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
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

  private _serviceClient(): HttpFeedService {
    const baseUrl = this.properties.serviceUrl.trim();
    const resource = this.properties.apiResource.trim();
    const key = `${baseUrl} ${resource}`;
    if (this._service?.key !== key) {
      this._service = { key, client: new HttpFeedService({ baseUrl, getToken: () => this._getToken(resource) }) };
    }
    return this._service.client;
  }

  /** A token for the Samen API, as the signed-in user (SharePoint's own sign-in, approved webApiPermissionRequests). */
  private async _getToken(resource: string): Promise<string> {
    const provider = await this.context.aadTokenProviderFactory.getTokenProvider();
    return provider.getToken(resource);
  }

  private _host(): FeedHost {
    const { pageContext } = this.context;
    return {
      user: {
        // The Entra object id, as the Samen service knows people (tokens' `oid`).
        id: pageContext.aadInfo?.userId?.toString() ?? pageContext.user.loginName,
        displayName: pageContext.user.displayName
      },
      locale: feedLocale(pageContext.cultureInfo.currentUICultureName),
      theme: this._theme,
      openLink: (url: string) => {
        window.open(url, '_blank', 'noopener,noreferrer');
      },
      postUrl: (postId: string) => postUrlOn(window.location.href, postId)
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
              groupName: strings.ContentGroupName,
              groupFields: [
                PropertyPaneChoiceGroup('scope', {
                  label: strings.ScopeLabel,
                  options: [
                    { key: 'everyone', text: strings.ScopeEveryone },
                    { key: 'topic', text: strings.ScopeTopic },
                    { key: 'person', text: strings.ScopePerson }
                  ]
                }),
                PropertyPaneTextField('topic', {
                  label: strings.TopicLabel,
                  disabled: this.properties.scope !== 'topic',
                  onGetErrorMessage: (value: string) => (!value || isTopic(value) ? '' : strings.TopicInvalid)
                }),
                PropertyPaneTextField('person', {
                  label: strings.PersonLabel,
                  description: strings.PersonDescription,
                  disabled: this.properties.scope !== 'person',
                  onGetErrorMessage: (value: string) => (!value || isPersonId(value) ? '' : strings.PersonInvalid)
                }),
                PropertyPaneSlider('pageSize', {
                  label: strings.PageSizeLabel,
                  min: MIN_FEED_PAGE_SIZE,
                  max: MAX_FEED_PAGE_SIZE,
                  step: 5,
                  value: this.properties.pageSize ?? DEFAULT_FEED_PAGE_SIZE,
                  showValue: true
                }),
                PropertyPaneToggle('showComposer', {
                  label: strings.ShowComposerLabel,
                  onText: strings.ShowComposerOn,
                  offText: strings.ShowComposerOff
                })
              ]
            }
          ]
        }
      ]
    };
  }
}

import * as React from 'react';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import { FeedApp, HttpFeedService, registerFeedIcons } from '@samen/ui';

import * as strings from 'FeedWebPartStrings';
import { SamenWebPart, isServiceConfigured } from '../shared/SamenWebPart';
import {
  DEFAULT_FEED_PAGE_SIZE,
  feedDefaults,
  type IFeedWebPartProps,
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
export default class FeedWebPart extends SamenWebPart<IFeedWebPartProps, HttpFeedService> {
  protected async onInit(): Promise<void> {
    registerFeedIcons();
    return super.onInit();
  }

  protected element(): React.ReactElement {
    if (!isServiceConfigured(this.properties)) return React.createElement('p', undefined, strings.NotConfigured);
    return React.createElement(FeedApp, {
      service: this.client(),
      host: {
        user: this.user,
        locale: this.locale,
        theme: this.theme,
        openLink: (url: string) => this.openLink(url),
        postUrl: (postId: string) => postUrlOn(window.location.href, postId)
      },
      defaults: feedDefaults(this.properties)
    });
  }

  protected createClient(baseUrl: string, getToken: () => Promise<string>): HttpFeedService {
    return new HttpFeedService({ baseUrl, getToken });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.ServiceGroupName, groupFields: this.serviceFields(strings) },
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

import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { Locale } from '@samen/core/contract';
import { type HostTheme, type ISamenServiceProps, pageLocale } from './service-props';

export { type HostTheme, type ISamenServiceProps, isServiceConfigured } from './service-props';

/** The words of the service group of the property pane, from each web part's own strings. */
export interface ServiceFieldStrings {
  readonly ServiceUrlLabel: string;
  readonly ServiceUrlDescription: string;
  readonly ServiceUrlInvalid: string;
  readonly ApiResourceLabel: string;
  readonly ApiResourceDescription: string;
}

/**
 * What the Samen web parts share as thin hosts of ui's apps: the page's user, language and theme, a service client
 * with the user's token for the Samen API (one per address and resource, so re-renders keep the app's state), and
 * the property pane's service fields. Subclasses render their app with `client()` and `user`/`locale`/`theme`.
 */
export abstract class SamenWebPart<P extends ISamenServiceProps, C> extends BaseClientSideWebPart<P> {
  protected theme: HostTheme | undefined;
  private _client: { readonly key: string; readonly client: C } | undefined;

  public render(): void {
    ReactDom.render(this.element(), this.domElement);
  }

  protected abstract element(): React.ReactElement;

  /** The app's service client, e.g. `new HttpFeedService(...)`, for this address and token source. */
  protected abstract createClient(baseUrl: string, getToken: () => Promise<string>): C;

  /** SharePoint's theme (section backgrounds and dark themes too: `supportsThemeVariants`); Fluent's default until known. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    // IReadonlyTheme is Fluent's theme made read-only and partial; Fluent's ThemeProvider completes a partial theme.
    this.theme = currentTheme as HostTheme | undefined;
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

  protected client(): C {
    const baseUrl = this.properties.serviceUrl.trim();
    const resource = this.properties.apiResource.trim();
    const key = `${baseUrl} ${resource}`;
    if (this._client?.key !== key) {
      this._client = { key, client: this.createClient(baseUrl, () => this._getToken(resource)) };
    }
    return this._client.client;
  }

  /** The signed-in person as the Samen service knows people: their Entra object id (tokens' `oid`). */
  protected get user(): { readonly id: string; readonly displayName: string } {
    const { pageContext } = this.context;
    return {
      id: pageContext.aadInfo?.userId?.toString() ?? pageContext.user.loginName,
      displayName: pageContext.user.displayName
    };
  }

  /** SharePoint's UI culture (`nl-NL`, `nl-BE`, `en-GB`, ...) as one of the languages Samen speaks. */
  protected get locale(): Locale {
    return pageLocale(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  protected openLink(url: string): void {
    window.open(url, '_blank', 'noopener,noreferrer');
  }

  protected serviceFields(strings: ServiceFieldStrings): IPropertyPaneField<unknown>[] {
    return [
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
    ];
  }

  /** A token for the Samen API, as the signed-in user (SharePoint's own sign-in, approved webApiPermissionRequests). */
  private async _getToken(resource: string): Promise<string> {
    const provider = await this.context.aadTokenProviderFactory.getTokenProvider();
    return provider.getToken(resource);
  }
}

import { Icon, Link } from '@fluentui/react';
import { createElement, Fragment } from 'react';
import type { ReactNode } from 'react';
import { VisuallyHidden } from '../../shared/VisuallyHidden';
import { useFeed } from '../feed-context';
import { isAllowedTag, isSafeUrl, sanitisedFragment } from '../safe-html';

export interface SafeHtmlProps {
  /** HTML from the service: sanitised there, sanitised again here. */
  readonly html: string;
  readonly className?: string;
}

/**
 * Rich text people wrote, rendered safely: sanitised with DOMPurify, then rebuilt as React elements from the
 * allowed tags (no innerHTML). External links carry a visible marker and say so to screen readers; mentions
 * become links to the person's feed.
 */
export function SafeHtml(props: SafeHtmlProps): JSX.Element {
  const render = useNodeRenderer();
  const fragment = sanitisedFragment(props.html);
  return <div className={props.className}>{render(fragment.childNodes, 'n')}</div>;
}

function useNodeRenderer(): (nodes: NodeListOf<ChildNode>, prefix: string) => ReactNode[] {
  const { strings, openPerson } = useFeed();
  const renderNodes = (nodes: NodeListOf<ChildNode>, prefix: string): ReactNode[] =>
    Array.from(nodes).map((node, index) => renderNode(node, `${prefix}.${index}`));

  const renderNode = (node: ChildNode, key: string): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (!(node instanceof Element)) return null;
    const tag = node.tagName.toLowerCase();
    const children = renderNodes(node.childNodes, key);
    if (tag === 'a') return link(node, key, children);
    if (tag === 'span') return mention(node, key, children);
    // Anything DOMPurify let through that is not ours keeps its text only.
    if (!isAllowedTag(tag)) return <Fragment key={key}>{children}</Fragment>;
    return createElement(tag, { key }, ...(children.length ? children : []));
  };

  const link = (element: Element, key: string, children: ReactNode[]): ReactNode => {
    const href = element.getAttribute('href');
    if (!isSafeUrl(href)) return <Fragment key={key}>{children}</Fragment>;
    const external = element.getAttribute('data-external') === 'true';
    return (
      <a key={key} href={href} target="_blank" rel={external ? 'noopener noreferrer nofollow' : 'noopener'}>
        {children}
        {external && (
          <>
            {' '}
            <Icon iconName="OpenInNewWindow" data-external-marker="" />
            <VisuallyHidden>{strings.externalLink}</VisuallyHidden>
          </>
        )}
      </a>
    );
  };

  const mention = (element: Element, key: string, children: ReactNode[]): ReactNode => {
    const id = element.getAttribute('data-mention');
    if (!id) return <Fragment key={key}>{children}</Fragment>;
    const name = (element.textContent ?? '').replace(/^@/, '');
    return (
      <Link key={key} onClick={() => openPerson(id, name)}>
        {children}
      </Link>
    );
  };

  return renderNodes;
}

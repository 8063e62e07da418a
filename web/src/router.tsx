/** A small client-side router over the History API: the address bar is the page's state. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  query: URLSearchParams;
  hash: string;
}

const current = (): Location => ({
  path: window.location.pathname,
  query: new URLSearchParams(window.location.search),
  hash: window.location.hash.replace(/^#/, ''),
});

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
  if (!replace && !href.includes('#')) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** Same-origin links navigate on the client; modified clicks (new tab…) stay with the browser. */
export function installLinkInterception(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const anchor = (event.target as Element).closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    // SVG links keep their address in an attribute, not in a string property.
    const url = new URL(anchor.getAttribute('href') ?? '', window.location.href);
    if (
      url.origin !== window.location.origin ||
      url.pathname.startsWith('/api') ||
      url.pathname.startsWith('/docs')
    )
      return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

export function Link(props: {
  href: string;
  class?: string;
  title?: string;
  /** The link to the page being shown (told to screen readers as the current page). */
  current?: boolean;
  children: ComponentChildren;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      title={props.title}
      aria-current={props.current ? 'page' : undefined}
    >
      {props.children}
    </a>
  );
}

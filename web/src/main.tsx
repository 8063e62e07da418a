/** The Parley dashboard: a shell with navigation, the codebook's names, and a page per address. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  type ActorEntry,
  currentNegotiation,
  get,
  type IssueEntry,
  type NegotiationInfo,
  rememberedNegotiation,
  setNegotiation,
} from './api.js';
import { type CodebookNames, Names } from './components.js';
import { Live, useLiveAlerts } from './live.js';
import { ActorPage, ActorsPage } from './pages/Actor.js';
import { DocumentsPage, ReaderPage } from './pages/Documents.js';
import { IssuePage } from './pages/Issue.js';
import { Matrix } from './pages/Matrix.js';
import { Overview } from './pages/Overview.js';
import { PastePage } from './pages/Paste.js';
import { SearchPage } from './pages/Search.js';
import { ReviewPage, UndoBar } from './review.js';
import { installLinkInterception, Link, useLocation } from './router.js';
import './style.css';

const NAV: Array<[string, string]> = [
  ['/', 'Overview'],
  ['/matrix', 'Positions'],
  ['/documents', 'Documents'],
  ['/actors', 'Actors'],
  ['/search', 'Search'],
  ['/review', 'Review'],
  ['/paste', 'Code an article'],
];

function Page(props: { path: string }) {
  const { path } = props;
  let m: RegExpMatchArray | null;
  if (path === '/' || path === '') return <Overview />;
  if (path === '/matrix') return <Matrix />;
  if (path === '/documents') return <DocumentsPage />;
  if ((m = path.match(/^\/documents\/([^/]+)$/))) return <ReaderPage id={decodeURIComponent(m[1])} />;
  if (path === '/actors') return <ActorsPage />;
  if ((m = path.match(/^\/actors\/([^/]+)$/))) return <ActorPage code={decodeURIComponent(m[1])} />;
  if ((m = path.match(/^\/issues\/([^/]+)$/))) return <IssuePage code={decodeURIComponent(m[1])} />;
  if (path === '/search') return <SearchPage />;
  if (path === '/paste') return <PastePage />;
  if (path === '/review') return <ReviewPage />;
  return (
    <div class="page">
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link href="/">Back to the overview</Link>.
      </p>
    </div>
  );
}

/**
 * The store's negotiations, and the one shown: the one chosen before in this session, else the
 * first. Every page asks the API for that one; a store that declares none shows all it holds.
 */
function useNegotiations(): {
  list: NegotiationInfo[] | undefined;
  shown: string | undefined;
  choose: (id: string) => void;
} {
  const [list, setList] = useState<NegotiationInfo[] | undefined>(undefined);
  const [shown, setShown] = useState<string | undefined>(undefined);
  useEffect(() => {
    get<{ negotiations: NegotiationInfo[] }>('/negotiations').then(
      ({ negotiations }) => {
        const remembered = rememberedNegotiation();
        const first = negotiations.find((n) => n.id === remembered) ?? negotiations[0];
        setNegotiation(first?.id);
        setShown(first?.id);
        setList(negotiations);
      },
      () => setList([]),
    );
  }, []);
  const choose = (id: string) => {
    setNegotiation(id);
    setShown(currentNegotiation());
  };
  return { list, shown, choose };
}

function App() {
  const { path } = useLocation();
  const negotiations = useNegotiations();
  const [names, setNames] = useState<CodebookNames>({ actors: new Map(), issues: new Map() });
  useEffect(() => {
    Promise.all([get<{ actors: ActorEntry[] }>('/actors'), get<{ issues: IssueEntry[] }>('/issues')]).then(
      ([a, i]) =>
        setNames({
          actors: new Map(a.actors.map((x) => [x.code, x])),
          issues: new Map(i.issues.map((x) => [x.code, x])),
        }),
      () => undefined,
    );
  }, []);
  const live = useLiveAlerts();
  const section = '/' + (path.split('/')[1] ?? '');
  // On a phone the links fold into a menu; it closes again on every page change.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <Names.Provider value={names}>
      <Live.Provider value={live}>
        <header class={`topbar${menuOpen ? ' open' : ''}`}>
          <Link href="/" class="brand">
            Parley
          </Link>
          <button
            type="button"
            class="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
          <nav id="site-nav" aria-label="pages">
            {NAV.map(([href, label]) => (
              <Link
                key={href}
                href={href}
                class={section === href || (href === '/matrix' && section === '/issues') ? 'active' : ''}
                current={section === href}
              >
                {label}
              </Link>
            ))}
            <a href="/docs" class="api-link">
              API
            </a>
          </nav>
          {negotiations.list && negotiations.list.length > 0 && (
            <label class="negotiation-switcher">
              <select
                aria-label="negotiation"
                value={negotiations.shown}
                onChange={(e) => negotiations.choose((e.currentTarget as HTMLSelectElement).value)}
              >
                {negotiations.list.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </header>
        <main>
          {/* The page is made anew for another negotiation, so that it asks the API again. */}
          {negotiations.list && <Page key={negotiations.shown ?? ''} path={path} />}
        </main>
        <UndoBar />
      </Live.Provider>
    </Names.Provider>
  );
}

installLinkInterception();
render(<App />, document.getElementById('app')!);

import { randomBytes } from 'node:crypto';
import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OIDC_TEST_SIGNING_KEY } from './oidc-test-key.js';

/** One person at the provider; the test types the subject into the provider's sign-in form. */
export interface ProviderAccount {
  readonly email: string;
  readonly emailVerified?: boolean;
  /** `userinfo`: leave email out of the ID token, as providers that follow OIDC Core 5.4 to the letter do. */
  readonly emailIn?: 'id_token' | 'userinfo';
}

export interface TestOidcProvider {
  readonly issuer: string;
  /** Accounts by subject (`sub`), changeable while the provider runs. */
  readonly accounts: Map<string, ProviderAccount>;
  close(): Promise<void>;
}

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

/** What the test uses of oidc-provider (the package ships no types; @types/oidc-provider is not installed). */
interface ProviderModule {
  Provider: new (issuer: string, configuration: object) => { callback(): RequestListener };
}
interface GrantContext {
  oidc: {
    client: { clientId: string };
    session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    provider: { Grant: GrantClass };
  };
}
interface GrantClass {
  new (init: { accountId: string; clientId: string }): { addOIDCScope(scope: string): void; save(): Promise<string> };
  find(id: string): Promise<unknown>;
}

// Widened to string so TypeScript does not look for the package's (missing) types; ProviderModule types it instead.
const PROVIDER_MODULE = 'oidc-provider' as string;

/**
 * A real OpenID Connect provider (panva/oidc-provider, in memory) on a free loopback port: one confidential
 * client, PKCE required, its development sign-in form (any password) and consent granted up front, as a
 * Workspace or Entra admin does for an internal app. The ID token carries email and email_verified, as Google's
 * and Entra's do.
 */
export async function startOidcProvider(client: TestClient): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, ProviderAccount>();

  const configuration = {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...OIDC_TEST_SIGNING_KEY, use: 'sig', kid: 'test' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account && {
        accountId: sub,
        claims: (use: 'id_token' | 'userinfo') =>
          use === 'id_token' && account.emailIn === 'userinfo'
            ? { sub, name: `Test ${sub}` }
            : { sub, email: account.email, email_verified: account.emailVerified ?? true, name: `Test ${sub}` },
      };
    },
    loadExistingGrant: async (ctx: GrantContext) => {
      const { client: rp, session, provider: op } = ctx.oidc;
      const existing = session.grantIdFor(rp.clientId);
      if (existing) return op.Grant.find(existing);
      if (!session.accountId) return undefined;
      const grant = new op.Grant({ accountId: session.accountId, clientId: rp.clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = await quietly(async () => {
    const { Provider } = (await import(PROVIDER_MODULE)) as ProviderModule;
    return new Provider(issuer, configuration);
  });
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: () => closeServer(server),
  };
}

/**
 * Runs `work` without oidc-provider's console notices (Node 20 "unsupported runtime", development adapter and
 * sign-in form): expected for a test double, and only noise in the test output.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const { warn, info } = console;
  const filter = (write: (...args: unknown[]) => void) => (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('oidc-provider '))) write(...args);
  };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/** A port free right now on loopback (for an app whose public URL must be known before it listens). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await closeServer(probe);
  return port;
}

export interface Page {
  readonly url: URL;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  /** The redirect target, resolved against the page's URL. */
  readonly location: URL | undefined;
}

interface StoredCookie {
  readonly value: string;
  readonly path: string;
}

/**
 * Plain fetch with no automatic redirects, like a browser seen from the wire: cookies kept per origin and
 * path, redirects followed one hop at a time so the test can stop at any of them.
 */
export class Browser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  get(url: string | URL): Promise<Page> {
    return this.request(new URL(url), 'GET');
  }

  post(url: string | URL, form: Record<string, string>): Promise<Page> {
    return this.request(new URL(url), 'POST', new URLSearchParams(form));
  }

  /** Follows redirects from `page` until one points where `stop` says (returned unfollowed) or a page is not a redirect. */
  async follow(page: Page, stop: (url: URL) => boolean = () => false): Promise<Page> {
    let current = page;
    for (let hops = 0; current.location && !stop(current.location); hops++) {
      if (hops > 10) throw new Error(`too many redirects from ${page.url.href}`);
      current = await this.get(current.location);
    }
    return current;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name)?.value;
  }

  private async request(url: URL, method: string, body?: URLSearchParams): Promise<Page> {
    const cookies = [...(this.jar.get(url.origin) ?? [])]
      .filter(([, c]) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map(([name, c]) => `${name}=${c.value}`);
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { ...(cookies.length ? { cookie: cookies.join('; ') } : {}), accept: 'text/html' },
      body,
    });
    for (const line of response.headers.getSetCookie()) this.store(url, line);
    const location = response.headers.get('location');
    return { url, status: response.status, headers: response.headers, body: await response.text(), location: location ? new URL(location, url) : undefined };
  }

  private store(url: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const index = pair.indexOf('=');
    const name = pair.slice(0, index);
    const value = pair.slice(index + 1);
    const attribute = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const maxAge = attribute('max-age');
    const expires = attribute('expires');
    const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
    const cookies = this.jar.get(url.origin) ?? new Map<string, StoredCookie>();
    this.jar.set(url.origin, cookies);
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, { value, path: attribute('path') ?? '/' });
  }
}

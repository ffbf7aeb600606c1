import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PasswordsService } from './passwords.service.js';

/** The random values of one sign-in attempt, kept in a short-lived cookie between login and callback. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly next: string;
}

export type SignInOutcome =
  | { readonly kind: 'signed-in'; readonly personId: string; readonly next: string }
  | { readonly kind: 'no-verified-email' }
  | { readonly kind: 'unknown-person'; readonly email: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** Thrown when the provider cannot be reached or its discovery document is unusable. */
export class ProviderUnavailableError extends Error {}

const SCOPE = 'openid email profile';

/**
 * Single sign-on with any OpenID Connect provider (Google Workspace, Microsoft Entra ID, …): authorization code
 * flow with PKCE, state and nonce, all checked by openid-client. The provider proves the email address; the
 * district decides who may come in, by having an active person with that address.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordsService,
  ) {}

  get enabled(): boolean {
    return this.config.auth.oidc !== undefined;
  }

  get redirectUri(): string {
    return `${this.config.auth.publicUrl}/api/auth/oidc/callback`;
  }

  /** The provider's authorization URL for a new attempt, and what the callback will need to check it. */
  async begin(next: unknown): Promise<{ readonly url: string; readonly pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      next: safeNextPath(next),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** Checks the provider's answer (the callback's query string) against the attempt, then finds the person. */
  async complete(search: string, pending: PendingSignIn | undefined): Promise<SignInOutcome> {
    if (!pending) return { kind: 'failed', reason: 'no sign-in cookie (expired, already used, or another browser)' };
    const configuration = await this.configuration();
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = search;
    let claims: Readonly<Record<string, unknown>>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      const idToken = tokens.claims();
      if (!idToken) return { kind: 'failed', reason: 'the provider returned no ID token' };
      claims = idToken;
      // Providers that follow OIDC Core 5.4 to the letter put scope claims only in UserInfo when an access token is issued.
      if (typeof idToken.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
        claims = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      }
    } catch (error) {
      return { kind: 'failed', reason: describeError(error) };
    }
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    // Entra ID sends no email_verified at all, so only an explicit "false" refuses.
    if (!email || claims.email_verified === false || claims.email_verified === 'false') return { kind: 'no-verified-email' };
    const personId = await this.passwords.personIdFor(email);
    if (!personId) return { kind: 'unknown-person', email };
    return { kind: 'signed-in', personId, next: safeNextPath(pending.next) };
  }

  /** Discovery once per process; a failure is not cached, so the next attempt tries again. */
  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      this.logger.error(`OIDC discovery failed: ${describeError(error)}`);
      throw new ProviderUnavailableError('The sign-in provider could not be reached');
    });
    return this.discovered;
  }

  private async discover(): Promise<oidc.Configuration> {
    const settings = this.config.auth.oidc;
    if (!settings) throw new Error('OIDC is not configured');
    const issuer = new URL(settings.issuer);
    // Plain http only for a provider on this machine or outside production (local and test providers).
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    const insecure = issuer.protocol === 'http:' && (loopback || this.config.env !== 'production');
    const options = insecure ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const discovered = await oidc.discovery(issuer, settings.clientId, settings.clientSecret, undefined, options);
    // client_secret_basic is the method every provider must support (RFC 6749 §2.3.1) and the discovery default.
    const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth = methods.includes('client_secret_basic')
      ? oidc.ClientSecretBasic(settings.clientSecret)
      : oidc.ClientSecretPost(settings.clientSecret);
    const configuration = new oidc.Configuration(discovered.serverMetadata(), settings.clientId, settings.clientSecret, auth);
    if (insecure) oidc.allowInsecureRequests(configuration);
    return configuration;
  }
}

/**
 * Where to land after signing in: a path on this site (one leading slash, no scheme, no `//` or `/\`, which
 * browsers read as another host), else the home page.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!/^\/(?![/\\])[^\\\s\p{Cc}]*$/u.test(value)) return '/';
  const base = 'http://same-site.invalid';
  return new URL(value, base).origin === base ? value : '/';
}

export function encodePending(pending: PendingSignIn): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

export function decodePending(value: string | undefined): PendingSignIn | undefined {
  if (!value) return undefined;
  try {
    const { state, nonce, verifier, next } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000;
    return text(state) && text(nonce) && text(verifier) && text(next) ? { state, nonce, verifier, next } : undefined;
  } catch {
    return undefined;
  }
}

/** A loggable reason: error names, codes and messages only, never the response parameters (codes, tokens). */
function describeError(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) {
    return `the provider answered error=${error.error}${error.error_description ? ` (${error.error_description.slice(0, 200)})` : ''}`;
  }
  if (error instanceof oidc.ResponseBodyError) return `the token endpoint answered ${error.status} error=${error.error}`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}${cause}`;
  }
  return String(error);
}

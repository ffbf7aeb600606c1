import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { isTimeZone } from '@throughline/domain';

export type Role = 'all' | 'api' | 'worker';
export type QueueBackendChoice = 'auto' | 'redis' | 'postgres';

/** The whole runtime configuration, read once from the environment at boot. */
export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly role: Role;
  readonly http: { readonly host: string; readonly port: number; readonly staticDir: string };
  readonly database: {
    /** A postgres:// URL, `embedded`, or undefined to detect (local server, else embedded). */
    readonly url: string | undefined;
    readonly poolSize: number;
    /** Where embedded PGlite keeps its files; `memory://` keeps nothing. */
    readonly embeddedDataDir: string;
  };
  readonly redis: { readonly url: string | undefined };
  readonly queue: { readonly backend: QueueBackendChoice; readonly prefix: string; readonly sweepEverySeconds: number };
  readonly district: { readonly timeZone: string };
  /** `auto`: seed the demo district when the database is empty; `never`: leave an empty database empty. */
  readonly demoSeed: 'auto' | 'never';
  /** Create the demo sign-ins (password `demo`); refused in production unless DEMO_ACCOUNTS=true. */
  readonly demoAccounts: boolean;
  readonly auth: {
    readonly idleMinutes: number;
    readonly absoluteHours: number;
    /** `auto`: Secure cookies when the request came over https (directly or via X-Forwarded-Proto). */
    readonly cookieSecure: 'auto' | 'always' | 'never';
    /** Proxy hops to trust for the client address and protocol (0 = none). */
    readonly trustProxy: number;
    /** Where people reach the dashboard, for links in emails. */
    readonly publicUrl: string;
    readonly loginFailuresPerAccount: number;
    readonly loginFailuresPerIp: number;
    readonly oidc:
      | { readonly issuer: string; readonly clientId: string; readonly clientSecret: string; readonly label: string }
      | undefined;
  };
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  readonly collection: {
    /** Base64 of 32 bytes encrypting sources' secrets; unset outside production: a key file beside the data. */
    readonly secretsKey: string | undefined;
    readonly secretsKeyFile: string;
    /** First retry delay of a transient failure (then doubled per attempt). */
    readonly backoffMs: number;
    readonly attempts: number;
    /** How long a worker's claim on a job lasts without renewal: a killed worker's run is taken over after this. */
    readonly lockSeconds: number;
    readonly httpTimeoutMs: number;
    readonly sqlTimeoutMs: number;
  };
  readonly reminders: {
    /** When the daily digests go out, as a cron in the district's time zone. */
    readonly digestCron: string;
    readonly remindDaysBefore: number;
    readonly escalateAfterDays: number;
  };
  readonly log: { readonly level: string };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const POSTGRES_URL = /^(postgres|postgresql):\/\/[^\s]+$|^embedded$/;
const REDIS_URL = /^rediss?:\/\/[^\s]+$/;

/** The environment variables Throughline reads; every one is optional and has a default. */
class Environment {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @IsIn(['all', 'api', 'worker']) THROUGHLINE_ROLE?: string;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() STATIC_DIR?: string;
  @IsOptional() @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL or "embedded"' })
  DATABASE_URL?: string;
  @IsOptional() @IsInt() @Min(2) @Max(200) DATABASE_POOL_SIZE?: number;
  @IsOptional() @IsString() EMBEDDED_DATA_DIR?: string;
  @IsOptional() @Matches(REDIS_URL, { message: 'REDIS_URL must be a redis:// or rediss:// URL' }) REDIS_URL?: string;
  @IsOptional() @IsIn(['auto', 'redis', 'postgres']) QUEUE_BACKEND?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ and - (1–40)' })
  QUEUE_PREFIX?: string;
  @IsOptional() @IsInt() @Min(5) @Max(86400) COLLECTION_SWEEP_SECONDS?: number;
  @IsOptional() @IsString() TZ?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsIn(['auto', 'never']) DEMO_SEED?: string;
  @IsOptional() @IsIn(['true', 'false']) DEMO_ACCOUNTS?: string;
  @IsOptional() @IsInt() @Min(1) @Max(1440) SESSION_IDLE_MINUTES?: number;
  @IsOptional() @IsInt() @Min(1) @Max(720) SESSION_ABSOLUTE_HOURS?: number;
  @IsOptional() @IsIn(['auto', 'always', 'never']) COOKIE_SECURE?: string;
  @IsOptional() @IsInt() @Min(0) @Max(10) TRUST_PROXY?: number;
  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL' }) PUBLIC_URL?: string;
  @IsOptional() @IsInt() @Min(1) @Max(1000) LOGIN_FAILURES_PER_ACCOUNT?: number;
  @IsOptional() @IsInt() @Min(1) @Max(10000) LOGIN_FAILURES_PER_IP?: number;
  @IsOptional() @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_ISSUER must be the https URL of the provider' }) OIDC_ISSUER?: string;
  @IsOptional() @IsString() OIDC_CLIENT_ID?: string;
  @IsOptional() @IsString() OIDC_CLIENT_SECRET?: string;
  @IsOptional() @IsString() OIDC_LABEL?: string;
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be smtp:// or smtps://' }) SMTP_URL?: string;
  @IsOptional() @IsString() MAIL_FROM?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32)' }) SECRETS_KEY?: string;
  @IsOptional() @IsInt() @Min(10) @Max(600_000) COLLECT_BACKOFF_MS?: number;
  @IsOptional() @IsInt() @Min(1) @Max(20) COLLECT_ATTEMPTS?: number;
  @IsOptional() @IsInt() @Min(2) @Max(600) WORKER_LOCK_SECONDS?: number;
  @IsOptional() @IsInt() @Min(100) @Max(600_000) SOURCE_HTTP_TIMEOUT_MS?: number;
  @IsOptional() @IsInt() @Min(100) @Max(3_600_000) SOURCE_SQL_TIMEOUT_MS?: number;
  @IsOptional() @Matches(/^\S+( \S+){4}$/, { message: 'DIGEST_CRON must be a 5-field cron such as "0 7 * * *"' }) DIGEST_CRON?: string;
  @IsOptional() @IsInt() @Min(0) @Max(60) REMIND_DAYS_BEFORE?: number;
  @IsOptional() @IsInt() @Min(1) @Max(365) ESCALATE_AFTER_DAYS?: number;
}

const NUMERIC_KEYS = [
  'PORT', 'DATABASE_POOL_SIZE', 'COLLECTION_SWEEP_SECONDS', 'SESSION_IDLE_MINUTES', 'SESSION_ABSOLUTE_HOURS', 'TRUST_PROXY',
  'LOGIN_FAILURES_PER_ACCOUNT', 'LOGIN_FAILURES_PER_IP', 'COLLECT_BACKOFF_MS', 'COLLECT_ATTEMPTS', 'WORKER_LOCK_SECONDS',
  'SOURCE_HTTP_TIMEOUT_MS', 'SOURCE_SQL_TIMEOUT_MS', 'REMIND_DAYS_BEFORE', 'ESCALATE_AFTER_DAYS',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment and returns a frozen AppConfig; throws a ConfigError listing every bad key. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const key of NUMERIC_KEYS) {
    // Keep non-numeric text as text so the validator reports it instead of silently becoming NaN.
    if (typeof raw[key] === 'string' && /^-?\d+$/.test(raw[key] as string)) raw[key] = Number(raw[key]);
  }
  const parsed = plainToInstance(Environment, raw);
  const problems = validateSync(parsed, { whitelist: false, forbidUnknownValues: false, stopAtFirstError: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (parsed.TZ !== undefined && !isTimeZone(parsed.TZ)) {
    problems.push(`TZ: "${parsed.TZ}" is not an IANA time zone (e.g. America/Chicago)`);
  }
  const oidcKeys = [parsed.OIDC_ISSUER, parsed.OIDC_CLIENT_ID, parsed.OIDC_CLIENT_SECRET];
  if (oidcKeys.some((v) => v !== undefined) && !oidcKeys.every((v) => v !== undefined)) {
    problems.push('OIDC_ISSUER: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together');
  }
  if (problems.length > 0) throw new ConfigError(problems.sort());
  const port = parsed.PORT ?? 3000;

  return deepFreeze<AppConfig>({
    env: (parsed.NODE_ENV as AppConfig['env'] | undefined) ?? 'development',
    role: (parsed.THROUGHLINE_ROLE as Role | undefined) ?? 'all',
    http: {
      host: parsed.HOST ?? '0.0.0.0',
      port,
      staticDir: parsed.STATIC_DIR ?? 'dist/apps/dashboard/browser',
    },
    database: {
      url: parsed.DATABASE_URL,
      poolSize: parsed.DATABASE_POOL_SIZE ?? 10,
      embeddedDataDir: parsed.EMBEDDED_DATA_DIR ?? '.data/pglite',
    },
    redis: { url: parsed.REDIS_URL },
    queue: {
      backend: (parsed.QUEUE_BACKEND as QueueBackendChoice | undefined) ?? 'auto',
      prefix: parsed.QUEUE_PREFIX ?? 'throughline',
      sweepEverySeconds: parsed.COLLECTION_SWEEP_SECONDS ?? 300,
    },
    district: { timeZone: parsed.TZ ?? 'America/Chicago' },
    demoSeed: (parsed.DEMO_SEED as 'auto' | 'never' | undefined) ?? 'auto',
    demoAccounts: parsed.DEMO_ACCOUNTS ? parsed.DEMO_ACCOUNTS === 'true' : parsed.NODE_ENV !== 'production',
    auth: {
      idleMinutes: parsed.SESSION_IDLE_MINUTES ?? 30,
      absoluteHours: parsed.SESSION_ABSOLUTE_HOURS ?? 12,
      cookieSecure: (parsed.COOKIE_SECURE as 'auto' | 'always' | 'never' | undefined) ?? 'auto',
      trustProxy: parsed.TRUST_PROXY ?? 0,
      publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
      loginFailuresPerAccount: parsed.LOGIN_FAILURES_PER_ACCOUNT ?? 5,
      loginFailuresPerIp: parsed.LOGIN_FAILURES_PER_IP ?? 30,
      oidc:
        parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID && parsed.OIDC_CLIENT_SECRET
          ? { issuer: parsed.OIDC_ISSUER, clientId: parsed.OIDC_CLIENT_ID, clientSecret: parsed.OIDC_CLIENT_SECRET, label: parsed.OIDC_LABEL ?? 'your district account' }
          : undefined,
    },
    mail: { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM ?? 'Throughline <no-reply@localhost>' },
    collection: {
      secretsKey: parsed.SECRETS_KEY,
      secretsKeyFile: `${(parsed.EMBEDDED_DATA_DIR ?? '.data/pglite').startsWith('memory://') ? '.data' : `${parsed.EMBEDDED_DATA_DIR ?? '.data/pglite'}/..`}/secrets.key`,
      backoffMs: parsed.COLLECT_BACKOFF_MS ?? 5_000,
      attempts: parsed.COLLECT_ATTEMPTS ?? 4,
      lockSeconds: parsed.WORKER_LOCK_SECONDS ?? 30,
      httpTimeoutMs: parsed.SOURCE_HTTP_TIMEOUT_MS ?? 60_000,
      sqlTimeoutMs: parsed.SOURCE_SQL_TIMEOUT_MS ?? 120_000,
    },
    reminders: {
      digestCron: parsed.DIGEST_CRON ?? '0 7 * * *',
      remindDaysBefore: parsed.REMIND_DAYS_BEFORE ?? 3,
      escalateAfterDays: parsed.ESCALATE_AFTER_DAYS ?? 14,
    },
    log: { level: parsed.LOG_LEVEL ?? (parsed.NODE_ENV === 'test' ? 'warn' : 'info') },
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Replaces the password in a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}

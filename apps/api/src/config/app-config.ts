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
}

const NUMERIC_KEYS = ['PORT', 'DATABASE_POOL_SIZE', 'COLLECTION_SWEEP_SECONDS'] as const;

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
  if (problems.length > 0) throw new ConfigError(problems.sort());

  return deepFreeze<AppConfig>({
    env: (parsed.NODE_ENV as AppConfig['env'] | undefined) ?? 'development',
    role: (parsed.THROUGHLINE_ROLE as Role | undefined) ?? 'all',
    http: {
      host: parsed.HOST ?? '0.0.0.0',
      port: parsed.PORT ?? 3000,
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

import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, redactUrl } from './app-config.js';

describe('loadConfig', () => {
  it('applies the defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      env: 'development',
      role: 'all',
      http: { host: '0.0.0.0', port: 3000, staticDir: 'dist/apps/dashboard/browser' },
      database: { url: undefined, poolSize: 10, embeddedDataDir: '.data/pglite' },
      redis: { url: undefined },
      queue: { backend: 'auto', prefix: 'throughline', sweepEverySeconds: 300 },
      district: { timeZone: 'America/Chicago' },
      demoSeed: 'auto',
      demoAccounts: true,
      auth: {
        idleMinutes: 30,
        absoluteHours: 12,
        cookieSecure: 'auto',
        trustProxy: 0,
        publicUrl: 'http://localhost:3000',
        loginFailuresPerAccount: 5,
        loginFailuresPerIp: 30,
        oidc: undefined,
      },
      mail: { smtpUrl: undefined, from: 'Throughline <no-reply@localhost>' },
      collection: {
        secretsKey: undefined,
        secretsKeyFile: '.data/pglite/../secrets.key',
        backoffMs: 5000,
        attempts: 4,
        lockSeconds: 30,
        httpTimeoutMs: 60000,
        sqlTimeoutMs: 120000,
      },
      reminders: { digestCron: '0 7 * * *', remindDaysBefore: 3, escalateAfterDays: 14 },
      log: { level: 'info' },
    });
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it('reads every key it knows', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      THROUGHLINE_ROLE: 'worker',
      PORT: '8080',
      DATABASE_URL: 'postgres://app:secret@db:5432/throughline',
      DATABASE_POOL_SIZE: '20',
      REDIS_URL: 'redis://cache:6379',
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: 'district-a',
      COLLECTION_SWEEP_SECONDS: '60',
      TZ: 'America/Los_Angeles',
      LOG_LEVEL: 'debug',
    });
    expect(config.role).toBe('worker');
    expect(config.http.port).toBe(8080);
    expect(config.database).toEqual(expect.objectContaining({ url: 'postgres://app:secret@db:5432/throughline', poolSize: 20 }));
    expect(config.queue).toEqual({ backend: 'redis', prefix: 'district-a', sweepEverySeconds: 60 });
    expect(config.district.timeZone).toBe('America/Los_Angeles');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).http.port).toBe(3000);
  });

  it('refuses demo sign-ins in production unless asked, and wants the three OIDC keys together', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoAccounts).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_ACCOUNTS: 'true' }).demoAccounts).toBe(true);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://accounts.google.com' })).toThrow(/OIDC_CLIENT_ID/);
    expect(loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'tl', OIDC_CLIENT_SECRET: 's' }).auth.oidc).toEqual(
      expect.objectContaining({ issuer: 'https://id.example.org', clientId: 'tl' }),
    );
  });

  it('accepts "embedded" as the database', () => {
    expect(loadConfig({ DATABASE_URL: 'embedded' }).database.url).toBe('embedded');
  });

  it('lists every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'localhost:6379',
        TZ: 'Mars/Olympus_Mons',
        THROUGHLINE_ROLE: 'both',
        COLLECTION_SWEEP_SECONDS: '1',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(new Set(keys)).toEqual(
      new Set(['PORT', 'DATABASE_URL', 'REDIS_URL', 'TZ', 'THROUGHLINE_ROLE', 'COLLECTION_SWEEP_SECONDS']),
    );
    expect((error as Error).message).toContain('TZ: "Mars/Olympus_Mons" is not an IANA time zone');
  });
});

describe('redactUrl', () => {
  it.each([
    ['postgres://app:secret@db:5432/x', 'postgres://app:***@db:5432/x'],
    ['redis://:pw@cache:6379', 'redis://:***@cache:6379'],
    ['postgres://postgres@127.0.0.1:5432/throughline', 'postgres://postgres@127.0.0.1:5432/throughline'],
    ['not a url', '<unparseable url>'],
  ])('%s → %s', (input, output) => {
    expect(redactUrl(input)).toBe(output);
  });
});

import { TestBed } from '@angular/core/testing';
import type { HealthResponse } from '@throughline/domain';
import { HealthCard } from './health-card';

const healthy: HealthResponse = {
  status: 'ok',
  version: '1.2.3',
  time: '2026-11-25T21:00:00.000Z',
  uptimeSeconds: 5,
  database: { status: 'up', mode: 'embedded' },
  queue: { status: 'up', backend: 'postgres' },
};

async function render(inputs: { health?: HealthResponse; loading?: boolean; error?: string }): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(HealthCard);
  for (const [key, value] of Object.entries(inputs)) fixture.componentRef.setInput(key, value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('HealthCard', () => {
  it('states health in words and names the embedded engines', async () => {
    const element = await render({ health: healthy });
    expect(element.querySelector('[data-testid="health-status"]')?.textContent).toContain('All systems working');
    expect(element.textContent).toContain('Embedded database (PGlite)');
    expect(element.textContent).toContain('Postgres (no Redis)');
    expect(element.querySelector('[data-testid="version"]')?.textContent).toBe('1.2.3');
  });

  it('says which part is down', async () => {
    const element = await render({ health: { ...healthy, status: 'error', queue: { status: 'down', backend: 'redis' } } });
    expect(element.querySelector('[data-testid="health-status"]')?.textContent).toContain('Something is down');
    expect(element.textContent).toContain('Down · Redis');
  });

  it('shows the error when there is no report at all', async () => {
    const element = await render({ error: 'The server did not answer.' });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The server did not answer.');
  });
});

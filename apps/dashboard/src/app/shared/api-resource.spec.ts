import { sameRequest } from './api-resource';

describe('sameRequest', () => {
  it('treats a recomputed request with equal URL and parameters as the same (no second fetch)', () => {
    expect(sameRequest({ url: '/api/x', params: { ids: 'a,b' } }, { url: '/api/x', params: { ids: 'a,b' } })).toBe(true);
    expect(sameRequest('/api/plans', '/api/plans')).toBe(true);
    expect(sameRequest(undefined, undefined)).toBe(true);
  });

  it('tells different requests apart', () => {
    expect(sameRequest({ url: '/api/x', params: { ids: 'a,b' } }, { url: '/api/x', params: { ids: 'a,c' } })).toBe(false);
    expect(sameRequest({ url: '/api/x' }, { url: '/api/y' })).toBe(false);
    expect(sameRequest(undefined, '/api/x')).toBe(false);
  });
});

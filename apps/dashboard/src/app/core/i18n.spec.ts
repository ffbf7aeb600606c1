import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';

describe('I18n', () => {
  let i18n: I18n;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
    i18n.set('en');
  });

  it('shows the English text itself, with placeholders filled', () => {
    expect(i18n.t('{n} tactics overdue', { n: 3 })).toBe('3 tactics overdue');
  });

  it('uses the registered Spanish when the reader chose Spanish, falling back to English for a missing string', () => {
    i18n.register({ '{n} tactics overdue': '{n} tácticas atrasadas' });
    i18n.set('es');
    expect(i18n.t('{n} tactics overdue', { n: 3 })).toBe('3 tácticas atrasadas');
    expect(i18n.t('Not translated yet')).toBe('Not translated yet');
    expect(document.documentElement.lang).toBe('es');
    expect(i18n.locale()).toBe('es-US');
  });

  it('remembers the choice', () => {
    i18n.set('es');
    expect(localStorage.getItem('throughline.lang')).toBe('es');
  });
});

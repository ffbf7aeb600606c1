import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from './auth/auth-store';
import { describeRoles } from './auth/roles';
import { SIGN_IN_PATH } from './auth/sign-in-redirect';
import { I18n } from './core/i18n';
import { sectionsFor } from './core/sections';
import { TPipe } from './core/t.pipe';
import { Icon } from './shared/icon';

const NARROW = '(max-width: 959.98px)';

/**
 * The shell: toolbar, section navigation and the routed page. Hand-built rather than MatSidenav/MatNavList,
 * which alone would add ~60 kB to the initial bundle every visitor downloads; for the same reason the signed-in
 * person and the sign-out button are part of this template rather than a component of their own. Like a page,
 * the shell reads the auth store: who is signed in decides the toolbar and the navigation.
 */
@Component({
  selector: 'tl-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Icon, TPipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'closeNav()' },
})
export class App {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  protected readonly person = this.auth.person;
  protected readonly roles = computed(() => describeRoles(this.person()?.roles ?? [], (text) => this.i18n.t(text)));
  protected readonly sections = computed(() => sectionsFor(this.person()?.roles ?? []));
  protected readonly narrow = signal(false);
  protected readonly navOpen = signal(false);
  private readonly firstLink = viewChild<ElementRef<HTMLElement>>('firstLink');

  constructor() {
    // The shell's Spanish is fetched only when someone reads in Spanish: English readers never download it.
    effect(() => {
      if (this.i18n.lang() === 'es') void import('./core/shell.es').then((m) => this.i18n.register(m.SHELL_ES));
    });
    const media = inject(DOCUMENT).defaultView?.matchMedia(NARROW);
    if (media) {
      this.narrow.set(media.matches);
      const listener = (event: MediaQueryListEvent) => this.narrow.set(event.matches);
      media.addEventListener('change', listener);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', listener));
    }
  }

  protected toggleNav(): void {
    this.navOpen.update((open) => !open);
    if (this.navOpen()) queueMicrotask(() => this.firstLink()?.nativeElement.focus());
  }

  protected toggleLanguage(): void {
    this.i18n.set(this.i18n.lang() === 'es' ? 'en' : 'es');
  }

  protected closeNav(): void {
    this.navOpen.set(false);
  }

  protected async signOut(): Promise<void> {
    this.closeNav();
    try {
      await this.auth.signOut();
    } finally {
      await this.router.navigateByUrl(SIGN_IN_PATH);
    }
  }
}

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SECTIONS } from './core/sections';
import { Icon } from './shared/icon';

const NARROW = '(max-width: 959.98px)';

/**
 * The shell: toolbar, section navigation and the routed page. Hand-built rather than MatSidenav/MatNavList,
 * which alone would add ~60 kB to the initial bundle every visitor downloads.
 */
@Component({
  selector: 'tl-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Icon],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'closeNav()' },
})
export class App {
  protected readonly sections = SECTIONS;
  protected readonly narrow = signal(false);
  protected readonly navOpen = signal(false);
  private readonly firstLink = viewChild<ElementRef<HTMLElement>>('firstLink');

  constructor() {
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

  protected closeNav(): void {
    this.navOpen.set(false);
  }
}

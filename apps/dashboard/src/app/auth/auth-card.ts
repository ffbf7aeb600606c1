import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The centred card every signed-out page (sign in, forgot and set password) sits in. */
@Component({
  selector: 'tl-auth-card',
  template: `
    <section class="card" [attr.aria-labelledby]="id">
      <h1 [id]="id">{{ heading() }}</h1>
      <ng-content />
    </section>
  `,
  styles: `
    :host { display: block; padding: 16px 0 32px; }
    .card {
      max-width: 420px;
      margin: 0 auto;
      padding: 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface-container-lowest);
      box-sizing: border-box;
    }
    h1 { font: var(--mat-sys-headline-small); margin: 0 0 8px; }
    @media (max-width: 599.98px) { :host { padding: 0; } .card { padding: 16px; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthCard {
  private static next = 0;
  readonly heading = input.required<string>();
  protected readonly id = `auth-card-${AuthCard.next++}`;
}

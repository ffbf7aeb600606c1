import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { Preview } from './data-api';
import { NumPipe } from './data-pipes';

/** Names for the ids a preview carries (schools, student groups, metrics). */
export interface PreviewNames {
  readonly schools: Readonly<Partial<Record<string, string>>>;
  readonly groups: Readonly<Partial<Record<string, string>>>;
  readonly metrics: Readonly<Partial<Record<string, string>>>;
}

const ACCEPTED_SHOWN = 20;

/** What the first rows of a source would become, and which rows would be refused and why. Writes nothing. */
@Component({
  selector: 'tl-mapping-preview',
  imports: [TPipe, Icon, NumPipe],
  templateUrl: './mapping-preview.html',
  styleUrl: './mapping-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MappingPreview {
  readonly preview = input.required<Preview>();
  readonly names = input<PreviewNames>({ schools: {}, groups: {}, metrics: {} });
  protected readonly shown = ACCEPTED_SHOWN;
  protected readonly columns = computed(() => this.preview().columns.map((name) => ({ name })));
  protected readonly firstAccepted = computed(() => this.preview().accepted.slice(0, ACCEPTED_SHOWN));
  protected readonly summary = computed(() => {
    const { accepted, rejected, skipped } = this.preview();
    return { accepted: accepted.length, rejected: rejected.length, skipped: skipped.length };
  });
}

import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { SourceKind } from './data-api';

/** What a steward does with a source: run it now, upload a file (file sources), preview the mapping. */
@Component({
  selector: 'tl-source-actions',
  imports: [MatButtonModule, TPipe, Icon],
  template: `
    <section class="actions" aria-labelledby="actions-title">
      <h2 id="actions-title" class="visually-hidden">{{ 'Actions' | t }}</h2>
      @if (kind() === 'file') {
        <form class="upload" (submit)="$event.preventDefault(); send()">
          <label for="source-file">{{ 'File to load (CSV, TSV, XLSX or JSON)' | t }}</label>
          <div class="row">
            <!-- The browser's own button speaks the browser's language: ours speaks the reader's. -->
            <input #file id="source-file" class="file-input" type="file" name="file" accept=".csv,.tsv,.txt,.xlsx,.json,text/csv" (change)="picked($any($event.target).files?.[0]?.name ?? '')" aria-describedby="file-chosen upload-hint" />
            <label for="source-file" class="pick">{{ 'Choose a file' | t }}</label>
            <span id="file-chosen" class="chosen">{{ fileName() || ('No file chosen' | t) }}</span>
            <button mat-flat-button type="submit" [disabled]="!fileName() || busy() !== ''">
              <tl-icon name="upload" />{{ busy() === 'upload' ? ('Uploading…' | t) : ('Upload and load' | t) }}
            </button>
          </div>
          <p id="upload-hint" class="hint">{{ 'The file is kept, so it can be loaded again; a run starts at once.' | t }}</p>
        </form>
      }
      <div class="buttons">
        <button mat-stroked-button type="button" (click)="runNow.emit()" [disabled]="busy() !== '' || kind() === 'manual'">
          <tl-icon name="play" />{{ busy() === 'run' ? ('Starting…' | t) : ('Run now' | t) }}
        </button>
        <button mat-stroked-button type="button" (click)="preview.emit()" [disabled]="busy() !== '' || kind() === 'manual'">
          <tl-icon name="preview" />{{ busy() === 'preview' ? ('Reading the data…' | t) : ('Preview the mapping' | t) }}
        </button>
      </div>
      @if (kind() === 'manual') {
        <p class="hint">{{ 'A manual source is entered by hand: there is nothing to run or preview.' | t }}</p>
      }
    </section>
  `,
  styles: `
    .actions { display: grid; gap: 12px; }
    .upload { display: grid; gap: 6px; padding: 12px; border: 1px dashed var(--mat-sys-outline); border-radius: 12px; }
    label { font: var(--mat-sys-title-small); }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
    .pick { display: inline-flex; align-items: center; height: 36px; padding: 0 16px; border-radius: 18px; cursor: pointer;
            border: 1px solid var(--mat-sys-outline); color: var(--mat-sys-primary); font: var(--mat-sys-label-large); }
    .file-input:focus-visible + .pick { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    .chosen { font: var(--mat-sys-body-medium); overflow-wrap: anywhere; min-width: 0; margin-right: 8px; }
    .hint { margin: 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    button tl-icon { margin-right: 6px; width: 20px; height: 20px; vertical-align: middle; margin-top: -3px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourceActions {
  readonly kind = input.required<SourceKind>();
  readonly busy = input<'' | 'run' | 'upload' | 'preview'>('');
  readonly runNow = output<void>();
  readonly preview = output<void>();
  readonly upload = output<File>();
  private readonly file = viewChild<ElementRef<HTMLInputElement>>('file');
  protected readonly fileName = signal('');

  protected picked(name: string): void {
    this.fileName.set(name);
  }

  protected send(): void {
    const input = this.file()?.nativeElement;
    const chosen = input?.files?.[0];
    if (!input || !chosen) return;
    this.upload.emit(chosen);
    // Cleared so the same file can be chosen again after it is fixed.
    input.value = '';
    this.fileName.set('');
  }
}

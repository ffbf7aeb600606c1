import '../shared/status-icons';
import { defineIcons } from '../shared/icon';
import type { RunRows, RunState, RunTrigger, SourceKind } from './data-api';

// Material icons (Apache 2.0) for the data pages' actions and run states.
defineIcons({
  upload: 'M9 16h6v-6h4l-7-7-7 7h4v6zm-4 2h14v2H5v-2z',
  download: 'M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z',
  play: 'M8 5v14l11-7z',
  preview: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
  hourglass: 'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2H6zm10 14.5V20H8v-3.5l4-4 4 4zm-4-5l-4-4V4h8v3.5l-4 4z',
  pause: 'M6 19h4V5H6v14zm8-14v14h4V5h-4z',
  back: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
  edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34a.9959.9959 0 00-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
  info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
});

/** How each kind of source is named on the page. */
export const KIND_WORDS: Readonly<Record<SourceKind, string>> = {
  file: 'File upload',
  http: 'HTTP pull',
  sql: 'SQL pull',
  manual: 'Manual entry',
};

/** A run state (or "never run") as words, icon and tone: never colour alone. */
export const STATE_LOOK: Readonly<Record<RunState | 'never', { label: string; icon: string; tone: string }>> = {
  succeeded: { label: 'Succeeded', icon: 'ok', tone: 'good' },
  partial: { label: 'Partial', icon: 'warning', tone: 'watch' },
  failed: { label: 'Failed', icon: 'error', tone: 'bad' },
  running: { label: 'Running', icon: 'refresh', tone: 'busy' },
  queued: { label: 'Queued', icon: 'hourglass', tone: 'busy' },
  never: { label: 'Never run', icon: 'help', tone: 'none' },
};

export const TRIGGER_WORDS: Readonly<Record<RunTrigger, string>> = {
  schedule: 'Scheduled',
  manual: 'Manual',
  retry: 'Retry',
};

/** The counts of a run, in the order a steward reads them. */
export const COUNT_WORDS: readonly { key: keyof RunRows; label: string; header: string }[] = [
  { key: 'read', label: 'read', header: 'Read' },
  { key: 'inserted', label: 'inserted', header: 'Inserted' },
  { key: 'updated', label: 'updated', header: 'Updated' },
  { key: 'unchanged', label: 'unchanged', header: 'Unchanged' },
  { key: 'rejected', label: 'rejected', header: 'Rejected' },
  { key: 'skipped', label: 'skipped', header: 'Skipped' },
];

// Options as objects: `@for` tracks them by value (tracking a bare string would add a helper to the initial bundle).
export const KIND_OPTIONS: readonly { value: SourceKind; label: string }[] = (Object.keys(KIND_WORDS) as SourceKind[]).map((value) => ({ value, label: KIND_WORDS[value] }));
export const STATE_OPTIONS: readonly { value: RunState | 'never'; label: string }[] = (['succeeded', 'partial', 'failed', 'running', 'queued', 'never'] as const).map(
  (value) => ({ value, label: STATE_LOOK[value].label }),
);

/** Whether a run is still going (the page follows it). */
export function isActive(state: RunState): boolean {
  return state === 'queued' || state === 'running';
}

/** Every text the maps above show (for the translation spec: they are looked up, not written with the pipe). */
export const LOOKED_UP_TEXTS: readonly string[] = [
  ...Object.values(KIND_WORDS),
  ...Object.values(STATE_LOOK).map((look) => look.label),
  ...Object.values(TRIGGER_WORDS),
  ...COUNT_WORDS.flatMap((count) => [count.label, count.header]),
];

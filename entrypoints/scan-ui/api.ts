// The seam between the first stage and the lazily loaded tooltip: types only, no code.
import type { Found } from '../../dom/page-annotator';

export interface TooltipHost {
  get(index: number): Found | null;
  marks(index: number): HTMLElement[];
  /** The note of the reader's flag on this claim ('' when none). */
  note(index: number): string;
  flag(index: number, note: string): Promise<boolean>;
  unflag(index: number): Promise<boolean>;
  dismiss(index: number): void;
  /** Aborts when the extension goes away under the page. */
  signal: AbortSignal;
}

export interface TooltipApi {
  open(index: number): void;
  close(returnFocus: boolean): void;
  /** Something changed (flags, highlights): redraw if open. */
  refresh(): void;
  /** Handles the event that caused the tooltip to load (hover, focus or click on a highlight). */
  replay(event: Event): void;
  destroy(): void;
}

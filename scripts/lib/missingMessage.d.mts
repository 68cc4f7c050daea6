import type { BrowserKind } from './browserPaths.mjs';
import type { Located } from './locateBrowser.mjs';

export interface FixOptions {
  platform?: string;
  root?: boolean;
  has?: (command: string) => boolean;
}
export function hasCommand(name: string, env?: Record<string, string | undefined>): boolean;
export function fixCommand(kinds: BrowserKind[], options?: FixOptions): string;
export function missingMessage(
  found: Partial<Record<BrowserKind, Located>>,
  tried?: Partial<Record<BrowserKind, string[]>>,
  options?: FixOptions,
): string;

import type { BrowserKind } from './browserPaths.mjs';
import type { Located } from './locateBrowser.mjs';
import type { FixOptions } from './missingMessage.mjs';

type Env = Record<string, string | undefined>;
export interface Installer {
  name: string;
  applies(env: Env): boolean;
  /** Installs what it can; returns why each kind it could not install failed. */
  install(
    kinds: BrowserKind[],
    env: Env,
  ): Partial<Record<BrowserKind, string>> | Promise<Partial<Record<BrowserKind, string>>>;
}
export const aptInstaller: Installer;
export const downloadInstaller: Installer;
export function ensureBrowsers(options?: {
  env?: Env;
  locate?: (kind: BrowserKind) => Located;
  installers?: Installer[];
  log?: (line: string) => void;
  fixOptions?: FixOptions;
}): Promise<{ found: Record<BrowserKind, Located>; message?: string }>;

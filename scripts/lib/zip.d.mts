export function filesUnder(dir: string): string[];
export function writeZip(zipPath: string, entries: [string, Buffer][]): void;
export function zipDirectory(dir: string, zipPath: string): number;

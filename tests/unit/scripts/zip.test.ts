// The store zips: every file comes back out byte for byte, read the way unzip tools read them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/lib/zip.mjs';

function readZip(buffer: Buffer): Map<string, Buffer> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26);
    files.set(name, inflateRawSync(buffer.subarray(dataAt, dataAt + size)));
    at += 46 + nameLength;
  }
  return files;
}

describe('zip', () => {
  it('stores every file so it comes back unchanged', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'caplens-zip-')), 'test.zip');
    const entries: [string, Buffer][] = [
      ['manifest.json', Buffer.from('{"name":"CapLens"}')],
      ['icons/icon-16.png', readFileSync('public/icons/icon-16.png')],
      ['src/ünïcode.txt', Buffer.from('₿ 1 = $55,300\n'.repeat(100))],
    ];
    writeZip(path, entries);
    expect(readZip(readFileSync(path))).toEqual(new Map(entries));
  });
});

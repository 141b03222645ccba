import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadSnapshotFile, loadSymbolRecords, serializeSnapshot } from '../../../lib/data/node-snapshot';
import { realSnapshot, SOURCES_DIR } from './real-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'caplens-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Builds the snapshot twice; slow when the whole suite runs in parallel.
describe('loadSnapshotFile', { timeout: 30_000 }, () => {
  test('builds and writes the snapshot when the file is missing; the bytes are reproducible', async () => {
    const path = join(dir, 'nested', 'snapshot.json');
    const snap = await loadSnapshotFile(path, SOURCES_DIR);
    const written = readFileSync(path, 'utf8');
    expect(written).toBe(serializeSnapshot(realSnapshot()));
    expect(await loadSnapshotFile(path, SOURCES_DIR)).toEqual(snap);
  });

  test('bytes that differ from the validated ones are validated again: an edited file is refused', async () => {
    const good = serializeSnapshot(realSnapshot());
    const path = join(dir, 'edited.json');
    writeFileSync(path, good);
    expect(await loadSnapshotFile(path, SOURCES_DIR)).toEqual(realSnapshot());
    // Newer than data/sources (no rebuild), same length, one value broken.
    writeFileSync(path, good.replace('"schemaVersion":', '"schemaVersion":"x","was":'));
    await expect(loadSnapshotFile(path, SOURCES_DIR)).rejects.toThrow(/Invalid CapLens data snapshot/);
  });

  test('loadSymbolRecords expands the file', async () => {
    const records = await loadSymbolRecords(join(dir, 'nested', 'snapshot.json'));
    expect(records.find((r) => r.symbol === 'BRK.B')?.kind).toBe('stock');
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportCsv, exportJson } from '../../../lib/watchlists/export';
import { planImport } from '../../../lib/watchlists/import';
import { ImportPlanSchema, type ImportPlan } from '../../../lib/watchlists/import-schema';
import { cleanListName, listKey, type Watchlist } from '../../../lib/watchlists/model';
import { known, shape, UNIVERSE } from './fixtures';

const FILENAMES = ['lists.csv', 'lists.json', 'lists.txt', 'lists'];

/** Text with the characters CSV and JSON treat specially, plus unicode beyond the BMP. */
const tricky = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' ', '\t', 'a', 'Z', 'é', 'ß', '中', '📈', '👩‍💻', '\u2028', ';', '{', '[', '\\', "'") });
const text = fc.oneof(fc.string({ unit: 'binary' }), tricky, fc.json(), fc.string({ unit: 'binary', maxLength: 4 }).map((s) => `list,symbol,note\n${s}`));

const note = fc.oneof(tricky, fc.string({ unit: 'binary' })).map((s) => s.trim()).filter((s) => s.length <= 500);
const name = fc
  .oneof(tricky, fc.string({ unit: 'binary', maxLength: 60 }))
  .map((s) => {
    try {
      return cleanListName(s);
    } catch {
      return null;
    }
  })
  .filter((s): s is string => s !== null);

const lists: fc.Arbitrary<Watchlist[]> = fc
  .uniqueArray(fc.record({ name, entries: fc.uniqueArray(fc.record({ symbol: fc.constantFrom(...UNIVERSE), note }), { selector: (e) => e.symbol, maxLength: 6 }) }), {
    selector: (l) => listKey(l.name),
    maxLength: 5,
  })
  .map((ls) =>
    ls.map((l, order) => ({
      id: `id${order}`,
      name: l.name,
      order,
      createdAt: '2026-01-01T00:00:00.000Z',
      entries: l.entries.map((e) => ({ ...e, addedAt: '2026-01-02T00:00:00.000Z' })),
    })),
  );

/** The lists a plan would create in an empty profile, in the order apply writes them. */
function applyToEmpty(plan: ImportPlan): Watchlist[] {
  return plan.changes.createLists.map((n, order) => ({
    id: n,
    name: n,
    order,
    createdAt: '',
    entries: plan.changes.addEntries.filter((e) => e.list === n).map((e) => ({ symbol: e.symbol, note: e.note, addedAt: '' })),
  }));
}

describe('import parser properties', () => {
  test('never throws on arbitrary text, and always returns a plan the protocol accepts', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...FILENAMES), (t, f) => {
        const plan = planImport(t, f, { knownSymbol: known, existing: [] });
        expect(ImportPlanSchema.safeParse(plan).success).toBe(true);
        if (plan.fileError) expect(plan.rows).toEqual([]);
        // Every change comes from exactly one valid row.
        const count = (s: string) => plan.rows.filter((r) => r.status === s).length;
        expect(plan.changes.addEntries).toHaveLength(count('add'));
        expect(plan.changes.updateNotes).toHaveLength(count('note'));
        expect(plan.changes.createLists.length).toBeLessThanOrEqual(count('add') + count('list'));
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    ['CSV', (ls: Watchlist[]) => exportCsv(ls), 'caplens-watchlists-2026-05-03.csv'],
    ['JSON', (ls: Watchlist[]) => exportJson(ls), 'caplens-watchlists-2026-05-03.json'],
  ])('export → import round-trips every list, entry and note (%s)', (_, write, filename) => {
    fc.assert(
      fc.property(lists, (ls) => {
        const plan = planImport(write(ls), filename, { knownSymbol: known, existing: [] });
        if (ls.length === 0) {
          expect(plan.fileError).toMatch(/no watchlist rows/);
          return;
        }
        expect(plan.fileError).toBeNull();
        expect(plan.rows.filter((r) => r.status === 'error')).toEqual([]);
        expect(plan.changes.updateNotes).toEqual([]);
        expect(shape(applyToEmpty(plan))).toEqual(shape(ls));
        // Importing the same file again over the result changes nothing.
        const again = planImport(write(ls), filename, { knownSymbol: known, existing: ls });
        expect(again.changes).toEqual({ createLists: [], addEntries: [], updateNotes: [] });
      }),
      { numRuns: 300 },
    );
  });
});

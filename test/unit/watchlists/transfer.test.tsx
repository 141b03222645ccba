// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WatchlistTransfer } from '../../../components/WatchlistTransfer';
import type { Call } from '../../../components/LookupPanel';
import { planImport } from '../../../lib/watchlists/import';
import { known, list } from './fixtures';

afterEach(cleanup);

function setup() {
  const existing = [list('Banks', [['ZION']])];
  const sent: { type: string }[] = [];
  const call = vi.fn(async (m: { type: string; text?: string; filename?: string }) => {
    sent.push(m);
    if (m.type === 'watchlists:import-plan') return planImport(m.text!, m.filename!, { knownSymbol: known, existing });
    return existing;
  }) as unknown as Call;
  const onImported = vi.fn(async () => undefined);
  render(<WatchlistTransfer lists={existing} call={call} onImported={onImported} />);
  const choose = (text: string | { size: number }, name = 'a.csv') => {
    const input = screen.getByLabelText('Import a CSV or JSON file') as HTMLInputElement;
    const file = typeof text === 'string' ? new File([text], name) : Object.defineProperty(new File(['x'], name), 'size', { value: text.size });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };
  return { sent, choose, onImported };
}

describe('WatchlistTransfer', () => {
  test('errors are listed per row; cancel sends nothing; "Import N valid rows" applies only the plan', async () => {
    const { sent, choose, onImported } = setup();
    choose('list,symbol,note\nBanks,WAL,\nBanks,QQQQZ,\nBanks,KEY,a,b\n');
    await screen.findByText(/Import preview/);
    expect(screen.getAllByRole('row').filter((r) => r.getAttribute('data-status') === 'error')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toMatch(/3 rows, 1 valid row, 2 rows with errors/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/Import preview/)).toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['watchlists:import-plan']);

    choose('list,symbol,note\nBanks,WAL,\nBanks,QQQQZ,\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 valid row' }));
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(sent.at(-1)).toEqual({ type: 'watchlists:import-apply', changes: { createLists: [], addEntries: [{ list: 'Banks', symbol: 'WAL', note: '' }], updateNotes: [] } });
    expect(screen.getByRole('status').textContent).toMatch(/0 lists created, 1 symbol added/);
  });

  test('an oversized file is refused before it is read or sent', async () => {
    const { sent, choose } = setup();
    choose({ size: 3 * 1024 * 1024 });
    await waitFor(() => expect(screen.getByTestId('import-preview').textContent).toMatch(/The file is 3\.0 MB/));
    expect(sent).toEqual([]);
    expect(screen.queryByRole('button', { name: /Apply|Import/ })).toBeNull();
  });

  test('a file with nothing new offers no apply button', async () => {
    const { choose } = setup();
    choose('list,symbol,note\nBanks,ZION,\n');
    await waitFor(() => expect(screen.getByTestId('import-preview').textContent).toMatch(/Nothing new to import/));
    expect(screen.queryByRole('button', { name: /Apply|Import/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});

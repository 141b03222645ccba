import { useRef, useState } from 'preact/hooks';
import type { Watchlist } from '@/lib/watchlists/model';
import { exportCsv, exportFilename, exportJson } from '@/lib/watchlists/export';
import { fileTooLargeError, refusedPlan } from '@/lib/watchlists/import';
import { countChanges, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportPlan, type ImportRow } from '@/lib/watchlists/import-schema';
import type { Call } from './LookupPanel';

const SHOW_ROWS = 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Saves text as a file through a Blob and an object URL (no downloads permission needed). */
function download(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function planSummary(plan: ImportPlan): string {
  return plan.fileError ? `${plan.filename} cannot be imported: ${plan.fileError}` : `${plan.filename}: ${planCounts(plan)}`;
}

/** "3 rows, 2 valid rows, 1 row with errors. Importing would create 1 list, add 2 symbols." */
export function planCounts(plan: ImportPlan): string {
  const errors = plan.rows.filter((r) => r.status === 'error').length;
  const { createLists, addEntries, updateNotes } = plan.changes;
  const will = [
    createLists.length && `create ${plural(createLists.length, 'list')}`,
    addEntries.length && `add ${plural(addEntries.length, 'symbol')}`,
    updateNotes.length && `replace ${plural(updateNotes.length, 'note')}`,
  ].filter(Boolean);
  const head = `${plural(plan.rows.length, 'row')}, ${plural(plan.rows.length - errors, 'valid row')}, ${plural(errors, 'row')} with errors.`;
  return `${head} ${will.length ? `Importing would ${will.join(', ')}.` : 'Nothing new to import.'}`;
}

function RowTable({ rows, caption, total }: { rows: ImportRow[]; caption: string; total: number }) {
  return (
    <table class="cl-wl-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">List</th>
          <th scope="col">Symbol</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOW_ROWS).map((r, i) => (
          <tr key={i} data-status={r.status}>
            <td>{r.ref}</td>
            <td>{r.list}</td>
            <td>{r.symbol}</td>
            <td>{r.message}</td>
          </tr>
        ))}
        {total > SHOW_ROWS && (
          <tr>
            <td colSpan={4} class="cl-muted">
              … and {plural(total - SHOW_ROWS, 'more row')}.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * Export (CSV, JSON) and import with a preview. Choosing a file changes nothing: the background
 * plans it against the symbol universe and the current lists, the preview shows counts and every
 * row with an error, and only "Apply import" / "Import N valid rows" writes — in one transaction.
 */
export function WatchlistTransfer({ lists, call, onImported }: { lists: Watchlist[]; call: Call; onImported: () => Promise<unknown> }) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAs = (kind: 'csv' | 'json') => {
    const text = kind === 'csv' ? exportCsv(lists) : exportJson(lists);
    download(text, exportFilename(kind), kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setStatus(`Exported ${plural(lists.length, 'list')} as ${kind.toUpperCase()}.`);
  };

  const close = (said: string) => {
    setPlan(null);
    setError(null);
    if (fileInput.current) fileInput.current.value = '';
    setStatus(said);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPlan(null);
    setError(null);
    setStatus(`Reading ${file.name}…`);
    try {
      const next =
        file.size > IMPORT_MAX_BYTES
          ? refusedPlan(file.name, fileTooLargeError(file.size))
          : await call({ type: 'watchlists:import-plan', text: await file.text(), filename: file.name.slice(0, 255) });
      setPlan(next);
      setStatus(planSummary(next));
    } catch (e) {
      setStatus('');
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await call({ type: 'watchlists:import-apply', changes: plan.changes });
      const { createLists, addEntries, updateNotes } = plan.changes;
      close(`Imported ${plan.filename}: ${plural(createLists.length, 'list')} created, ${plural(addEntries.length, 'symbol')} added, ${plural(updateNotes.length, 'note')} replaced.`);
      await onImported();
    } catch (e) {
      setError(`Nothing was imported. ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const errors = plan?.rows.filter((r) => r.status === 'error') ?? [];
  const valid = plan?.rows.filter((r) => r.status !== 'error') ?? [];
  const canApply = !!plan && !plan.fileError && countChanges(plan.changes) > 0;

  return (
    <div class="cl-wl-transfer" role="group" aria-labelledby="wl-transfer-title">
      <h3 id="wl-transfer-title">Import and export</h3>
      <p class="cl-muted cl-wl-help">
        CSV or JSON with the columns <code>list, symbol, note</code>. Choosing a file only previews it: nothing changes until you apply.
      </p>
      <details class="cl-wl-help">
        <summary>File format</summary>
        <ul>
          <li>
            CSV: a header line <code>list,symbol,note</code>, then one symbol per line. Put a note that holds commas, quotes or line breaks in double
            quotes, doubling any quote inside (<code>"say ""hi"""</code>). A line with a list and no symbol makes an empty list.
          </li>
          <li>
            JSON: what Export JSON writes,{' '}
            <code>{'{"format": "caplens-watchlists", "version": 1, "lists": [{"name": "…", "entries": [{"symbol": "…", "note": "…"}]}]}'}</code>; an
            array of <code>{'{"list", "symbol", "note"}'}</code> rows works too.
          </li>
          <li>
            Symbols are checked against the CapLens symbol list; BRK-B and BRK/B read as BRK.B. Rows join an existing list of the same name; a blank
            note never erases a note you have.
          </li>
          <li>Up to 1 MB and {IMPORT_MAX_ROWS.toLocaleString('en-US')} rows per file. Exports are named with the date, e.g. caplens-watchlists-2026-05-03.csv.</li>
        </ul>
      </details>
      <div class="cl-row cl-wl-actions">
        <button class="cl-btn" type="button" onClick={() => exportAs('csv')} disabled={lists.length === 0}>
          Export CSV
        </button>
        <button class="cl-btn" type="button" onClick={() => exportAs('json')} disabled={lists.length === 0}>
          Export JSON
        </button>
        <label class="cl-wl-file">
          <span class="cl-label">Import a CSV or JSON file</span>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      {/* While a preview is shown its summary is read out here but not printed twice. */}
      <p class={plan ? 'cl-status cl-sr-only' : 'cl-status cl-wl-live'} role="status">
        {status}
      </p>
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <div class="cl-wl-preview" aria-labelledby="wl-preview-title" data-testid="import-preview">
          <h4 id="wl-preview-title">Import preview: {plan.filename}</h4>
          {plan.fileError ? (
            <p class="cl-error">{plan.fileError}</p>
          ) : (
            <>
              <p>{planCounts(plan)}</p>
              {errors.length > 0 && (
                <RowTable rows={errors} total={errors.length} caption={`${plural(errors.length, 'row')} with errors (skipped if you import the valid rows)`} />
              )}
              {valid.length > 0 && (
                <details>
                  <summary>{plural(valid.length, 'valid row')}</summary>
                  <RowTable rows={valid} total={valid.length} caption="What each valid row does" />
                </details>
              )}
            </>
          )}
          <div class="cl-row">
            {canApply && (
              <button class="cl-btn cl-btn--primary" type="button" disabled={busy} onClick={() => void apply()}>
                {errors.length ? `Import ${plural(valid.length, 'valid row')}` : 'Apply import'}
              </button>
            )}
            <button class="cl-btn" type="button" disabled={busy} onClick={() => close('Import cancelled. Nothing was changed.')}>
              {canApply ? 'Cancel' : 'Close'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DetectionSettings } from '../../../components/DetectionSettings';
import { HoverCard, type HoverState } from '../../../components/HoverCard';
import { TickerCard } from '../../../components/TickerCard';
import type { TickerContext } from '../../../lib/context/ticker-context';
import { getDetectionSettings, setDetectionSettings } from '../../../lib/settings/detection-settings';

afterEach(cleanup);

const bac: TickerContext = {
  symbol: 'BAC',
  name: 'Bank of America Corp',
  kind: 'stock',
  exchange: 'NYSE',
  sector: 'Financials',
  marketCap: { value: 312_000_000_000, asOf: '2026-08-22', source: 'Yahoo Finance' },
  capClass: 'mega',
  index: { sp500: true, russell1000: true, russell2000: false, method: 'estimate' },
  valuation: null,
  rateSensitivity: null,
};

describe('Detection section of the options page', () => {
  test('shows both switches off by default, each with its explanation', async () => {
    render(<DetectionSettings load={getDetectionSettings} save={setDetectionSettings} />);
    const highlight = await screen.findByLabelText('Highlight tickers in the page');
    const names = screen.getByLabelText('Find companies named without a ticker');
    expect((highlight as HTMLInputElement).checked).toBe(false);
    expect((names as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(highlight.getAttribute('aria-describedby')!)?.textContent).toMatch(/layout does not change/);
    expect(document.getElementById(names.getAttribute('aria-describedby')!)?.textContent).toMatch(/Bank of America/);
  });

  test('a switch saves to storage and reflects what was stored', async () => {
    render(<DetectionSettings load={getDetectionSettings} save={setDetectionSettings} />);
    const names = (await screen.findByLabelText('Find companies named without a ticker')) as HTMLInputElement;
    fireEvent.click(names);
    await waitFor(() => expect(names.checked).toBe(true));
    expect(await getDetectionSettings()).toEqual({ highlight: false, companyNames: true });
  });
});

describe('HoverCard', () => {
  test('nothing without a hovered ticker', () => {
    const { container } = render(<HoverCard hover={null} />);
    expect(container.textContent).toBe('');
  });

  test('symbol, name, cap class and market cap as text, placed at the mention, no contract data-symbol', () => {
    const hover: HoverState = { ticker: { symbol: 'BAC', count: 1, evidence: ['cashtag'], context: bac }, rect: { left: 100, top: 200, bottom: 218 } };
    const { container } = render(<HoverCard hover={hover} />);
    const card = container.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(card.textContent).toContain('BAC');
    expect(card.textContent).toContain('Bank of America Corp');
    expect(card.textContent).toContain('Mega cap');
    expect(card.textContent).toContain('$312B');
    expect(card.style.top).toBe('224px');
    expect(card.style.left).toBe('100px');
    expect(container.querySelector('[data-symbol]')).toBeNull();
  });

  test('hostile names stay text', () => {
    const evil = { ...bac, name: '<img src=x onerror="alert(1)">' };
    const { container } = render(<HoverCard hover={{ ticker: { symbol: 'BAC', count: 1, evidence: ['cashtag'], context: evil }, rect: { left: 0, top: 0, bottom: 10 } }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });
});

test('a ticker found only by its company name says so', () => {
  const { container } = render(<TickerCard context={bac} count={2} evidence={['name']} />);
  expect(container.textContent).toContain('named 2×');
  expect(container.textContent).not.toContain('on page');
});

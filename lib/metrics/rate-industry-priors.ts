import type { CapClass } from '../context/ticker-context';
import { SECTOR_PRIORS, sectorPriorFor, type SectorPrior, type SectorPriorKey } from './rate-sector-priors';

/**
 * The rate-sensitivity prior from whichever industry classification a stock has. Three schemes
 * reach us: GICS (S&P 500 members), Finviz's (Yahoo/Morningstar-style, e.g. "Banks - Regional",
 * most listed stocks in the 2025 fundamentals) and Nasdaq's own (e.g. "Major Banks", every
 * listing of 2026-08-21). The most specific scheme present decides; every industry maps to some
 * prior, the catch-all being `general`, so that a stock with an industry always gets a level.
 */

export interface IndustryInput {
  gicsSector?: string | null;
  gicsSubIndustry?: string | null;
  /** Finviz industry name. */
  finvizIndustry?: string | null;
  /** TradingView industry name (FactSet-style, e.g. "Regional Banks", "Gas Distributors"). */
  tradingViewIndustry?: string | null;
  /** Nasdaq screener industry name. */
  nasdaqIndustry?: string | null;
  nasdaqSector?: string | null;
  capClass?: CapClass | null;
  /** Trailing net income ≤ 0: a biotech that burns cash (false = profitable, null = unknown). */
  cashBurn?: boolean | null;
}

export interface IndustryPrior {
  prior: SectorPrior;
  /** Which classification decided, for the card ("Finviz industry “Banks - Regional”"). */
  scheme: 'GICS' | 'Finviz' | 'TradingView' | 'Nasdaq';
  industry: string;
}

const P = SECTOR_PRIORS;

// Finviz industry → prior; checked in order, first match wins.
const FINVIZ: [RegExp, SectorPriorKey][] = [
  [/^Banks - Regional$/, 'regional-bank'],
  [/^Banks - Diversified$/, 'bank'],
  [/^REIT - Mortgage$/, 'mortgage-reit'],
  [/^Mortgage Finance$/, 'mortgage-finance'],
  [/^Credit Services$/, 'consumer-finance'],
  [/^Insurance - Life$/, 'life-insurance'],
  [/^REIT - /, 'reit'],
  [/^Real Estate/, 'real-estate-operator'],
  [/^Utilities - /, 'utility'],
  [/^Residential Construction$/, 'homebuilder'],
  [/^(Insurance|Asset Management|Capital Markets|Financial (Conglomerates|Data)|Insurance Brokers)/, 'other-financial'],
  [/^(Building Products|Home Improvement Retail|Furnishings|Recreational Vehicles|Auto & Truck Dealerships|Auto Manufacturers|Solar)/, 'credit-financed-durables'],
  [/^(Software - |Internet Content|Health Information Services)/, 'long-duration-growth'],
  [/^(Packaged Foods|Beverages - |Tobacco|Household & Personal Products|Discount Stores|Grocery Stores|Confectioners|Healthcare Plans|Waste Management|Telecom Services)/, 'bond-proxy'],
];

// Nasdaq screener industry → prior. "Major Banks" holds money-centre and regional banks alike, so
// the cap class splits them (large and mega: diversified bank; otherwise regional).
const NASDAQ: [RegExp, SectorPriorKey | 'bank-by-size'][] = [
  [/^(Major Banks|Commercial Banks|Banks)$/, 'bank-by-size'],
  [/^Savings Institutions$/, 'mortgage-finance'],
  [/^Real Estate Investment Trusts$/, 'reit'],
  [/^Real Estate$|^Building operators$/, 'real-estate-operator'],
  [/^Finance: Consumer Services$|^Finance Companies$/, 'consumer-finance'],
  [/^Life Insurance$/, 'life-insurance'],
  [/^(Property-Casualty Insurers|Specialty Insurers|Accident &Health Insurance|Investment Managers|Investment Bankers|Finance\/Investors Services|Diversified Financial Services)/, 'other-financial'],
  [/^(Electric Utilities|Natural Gas Distribution|Water Supply|Power Generation)/, 'utility'],
  [/^Homebuilding$/, 'homebuilder'],
  [/^(RETAIL: Building Materials|Home Furnishings|Building Products|Retail-Auto Dealers|Motor Vehicles|Auto Manufacturing)/, 'credit-financed-durables'],
  [/^(Computer Software|EDP Services)/, 'long-duration-growth'],
  [/^(Packaged Foods|Beverages|Package Goods\/Cosmetics|Food Chains|Tobacco|Environmental Services)/, 'bond-proxy'],
];

// TradingView industry → prior (its scheme is FactSet's RBICS-like one).
const TRADINGVIEW: [RegExp, SectorPriorKey][] = [
  [/^Regional Banks$/, 'regional-bank'],
  [/^Major Banks$/, 'bank'],
  [/^Savings Banks$/, 'mortgage-finance'],
  [/^Finance\/Rental\/Leasing$/, 'consumer-finance'],
  [/^Life\/Health Insurance$/, 'life-insurance'],
  [/^Real Estate Investment Trusts$/, 'reit'],
  [/^Real Estate Development$/, 'real-estate-operator'],
  [/^(Electric Utilities|Gas Distributors|Water Utilities|Alternative Power Generation)$/, 'utility'],
  [/^Homebuilding$/, 'homebuilder'],
  [/^(Property\/Casualty Insurance|Multi-Line Insurance|Specialty Insurance|Insurance Brokers|Investment Managers|Investment Banks|Financial Conglomerates)/, 'other-financial'],
  [/^(Building Products|Home Improvement Chains|Home Furnishings|Recreational Products|Motor Vehicles)$/, 'credit-financed-durables'],
  [/^(Packaged Software|Internet Software\/Services)$/, 'long-duration-growth'],
  [/^(Food: |Beverages: |Household\/Personal Care|Tobacco|Discount Stores|Food Retail|Managed Health Care|Environmental Services|Major Telecommunications)/, 'bond-proxy'],
];

const BIOTECH_FINVIZ = /^Biotechnology$/;
const BIOTECH_NASDAQ = /^Biotechnology: (Biological Products|Pharmaceutical Preparations|Commercial Physical & Biological Res)/;

function biotech(cashBurn: boolean | null | undefined): SectorPrior {
  // A profitable biotech is priced like a drug maker: no cash-burn prior.
  return cashBurn === false ? P.general : P['biotech-cash-burn'];
}

export function industryPriorFor(input: IndustryInput): IndustryPrior | null {
  const gics = sectorPriorFor(input.gicsSector, input.gicsSubIndustry, { cashBurn: input.cashBurn });
  if (gics) return { prior: gics, scheme: 'GICS', industry: input.gicsSubIndustry ?? input.gicsSector ?? '' };
  // A GICS member without a rate-specific sub-industry is a known "general" case.
  if (input.gicsSubIndustry) return { prior: P.general, scheme: 'GICS', industry: input.gicsSubIndustry };

  const fv = input.finvizIndustry?.trim();
  if (fv) {
    if (BIOTECH_FINVIZ.test(fv)) return { prior: biotech(input.cashBurn), scheme: 'Finviz', industry: fv };
    const key = FINVIZ.find(([re]) => re.test(fv))?.[1];
    return { prior: P[key ?? 'general'], scheme: 'Finviz', industry: fv };
  }
  const tv = input.tradingViewIndustry?.trim();
  if (tv) {
    if (BIOTECH_FINVIZ.test(tv)) return { prior: biotech(input.cashBurn), scheme: 'TradingView', industry: tv };
    const key = TRADINGVIEW.find(([re]) => re.test(tv))?.[1];
    if (key) return { prior: P[key], scheme: 'TradingView', industry: tv };
    // An unmapped TradingView name defers to Nasdaq's; alone, it still classifies the stock.
    if (!input.nasdaqIndustry?.trim()) return { prior: P.general, scheme: 'TradingView', industry: tv };
  }
  const nq = input.nasdaqIndustry?.trim();
  if (nq) {
    if (BIOTECH_NASDAQ.test(nq)) return { prior: biotech(input.cashBurn), scheme: 'Nasdaq', industry: nq };
    const key = NASDAQ.find(([re]) => re.test(nq))?.[1];
    const big = input.capClass === 'large' || input.capClass === 'mega';
    const resolved: SectorPriorKey = key === 'bank-by-size' ? (big ? 'bank' : 'regional-bank') : (key ?? 'general');
    return { prior: P[resolved], scheme: 'Nasdaq', industry: nq };
  }
  return null;
}

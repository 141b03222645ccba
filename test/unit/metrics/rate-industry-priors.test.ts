import { describe, expect, test } from 'vitest';
import { industryPriorFor, type IndustryInput } from '../../../lib/metrics/rate-industry-priors';

describe('industryPriorFor: every classified stock gets a prior, the most specific scheme deciding', () => {
  test.each<[string, IndustryInput, string, string]>([
    // Finviz names from the 2025 fundamentals datasets
    ['regional bank', { finvizIndustry: 'Banks - Regional' }, 'regional-bank', 'Finviz'],
    ['diversified bank', { finvizIndustry: 'Banks - Diversified' }, 'bank', 'Finviz'],
    ['mortgage REIT before the equity REIT rule', { finvizIndustry: 'REIT - Mortgage' }, 'mortgage-reit', 'Finviz'],
    ['retail REIT', { finvizIndustry: 'REIT - Retail' }, 'reit', 'Finviz'],
    ['regulated electric', { finvizIndustry: 'Utilities - Regulated Electric' }, 'utility', 'Finviz'],
    ['homebuilder', { finvizIndustry: 'Residential Construction' }, 'homebuilder', 'Finviz'],
    ['loss-making biotech', { finvizIndustry: 'Biotechnology', cashBurn: true }, 'biotech-cash-burn', 'Finviz'],
    ['biotech, income unknown', { finvizIndustry: 'Biotechnology' }, 'biotech-cash-burn', 'Finviz'],
    ['profitable biotech', { finvizIndustry: 'Biotechnology', cashBurn: false }, 'general', 'Finviz'],
    ['energy services', { finvizIndustry: 'Oil & Gas Equipment & Services' }, 'general', 'Finviz'],
    ['solar', { finvizIndustry: 'Solar' }, 'credit-financed-durables', 'Finviz'],
    ['software', { finvizIndustry: 'Software - Infrastructure' }, 'long-duration-growth', 'Finviz'],
    ['packaged food', { finvizIndustry: 'Packaged Foods' }, 'bond-proxy', 'Finviz'],
    ['P&C insurer', { finvizIndustry: 'Insurance - Property & Casualty' }, 'other-financial', 'Finviz'],
    ['life insurer', { finvizIndustry: 'Insurance - Life' }, 'life-insurance', 'Finviz'],
    // Nasdaq names from the 2026-08-21 listings, when no Finviz industry is known
    ['mid-cap "Major Banks" → regional', { nasdaqIndustry: 'Major Banks', capClass: 'mid' }, 'regional-bank', 'Nasdaq'],
    ['mega-cap "Major Banks" → diversified', { nasdaqIndustry: 'Major Banks', capClass: 'mega' }, 'bank', 'Nasdaq'],
    ['REITs', { nasdaqIndustry: 'Real Estate Investment Trusts' }, 'reit', 'Nasdaq'],
    ['electric utility', { nasdaqIndustry: 'Electric Utilities: Central' }, 'utility', 'Nasdaq'],
    ['oilfield services', { nasdaqIndustry: 'Oilfield Services/Equipment' }, 'general', 'Nasdaq'],
    ['pharma preparations, losing money', { nasdaqIndustry: 'Biotechnology: Pharmaceutical Preparations', cashBurn: true }, 'biotech-cash-burn', 'Nasdaq'],
    ['savings institution', { nasdaqIndustry: 'Savings Institutions' }, 'mortgage-finance', 'Nasdaq'],
    // TradingView names (stocks whose newest dataset is the October scan), before Nasdaq's
    ['TradingView gas utility over Nasdaq', { tradingViewIndustry: 'Gas Distributors', nasdaqIndustry: 'Oil/Gas Transmission' }, 'utility', 'TradingView'],
    ['TradingView regional bank', { tradingViewIndustry: 'Regional Banks' }, 'regional-bank', 'TradingView'],
    ['unmapped TradingView name alone → general', { tradingViewIndustry: 'Trucking' }, 'general', 'TradingView'],
    ['unmapped TradingView name falls through to Nasdaq', { tradingViewIndustry: 'Trucking', nasdaqIndustry: 'Real Estate Investment Trusts' }, 'reit', 'Nasdaq'],
    // GICS wins when present; a GICS sub-industry without a rate channel is "general", not unknown
    ['GICS regional bank over Finviz', { gicsSector: 'Financials', gicsSubIndustry: 'Regional Banks', finvizIndustry: 'Banks - Diversified' }, 'regional-bank', 'GICS'],
    ['GICS semiconductors', { gicsSector: 'Information Technology', gicsSubIndustry: 'Semiconductors', finvizIndustry: 'Banks - Regional' }, 'general', 'GICS'],
    ['Finviz over Nasdaq', { finvizIndustry: 'REIT - Office', nasdaqIndustry: 'Major Banks' }, 'reit', 'Finviz'],
  ])('%s', (_, input, key, scheme) => {
    const out = industryPriorFor(input);
    expect(out?.prior.key).toBe(key);
    expect(out?.scheme).toBe(scheme);
  });

  test('no classification at all → null (the caller falls back to name hints and SIC codes)', () => {
    expect(industryPriorFor({})).toBeNull();
    expect(industryPriorFor({ finvizIndustry: '  ', nasdaqIndustry: null })).toBeNull();
  });

  test('any industry text gives a prior (fast property over arbitrary names)', () => {
    for (const name of ['Widgets', 'Aluminum', 'Marine Shipping', 'Railroads', 'x']) {
      expect(industryPriorFor({ finvizIndustry: name })).not.toBeNull();
      expect(industryPriorFor({ nasdaqIndustry: name })).not.toBeNull();
    }
  });
});

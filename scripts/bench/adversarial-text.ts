/**
 * The text scanner on adversarial input (moved here from the unit tests, which no longer time
 * anything): each regex building block repeated to 200 KB, and interleaved shapes repeated to
 * 1 MB. A backtracking blow-up takes seconds to minutes; a linear scan takes milliseconds.
 * Returns the slowest case in ms (names and bare words on, the most work the scanner does).
 */
import { findTextCandidates } from '../../lib/detect/candidates';

const UNITS_200K = [
  'NYSE', 'NYSE ', 'NYSE:', 'NYSE:  ', '(NYSE: A, ', '$', '$A', '$A.', '(', '(A', '(A.', 'Aa (', '   ', ',', ' and ', 'nasdaq gs',
  'AB ', 'AB, ', 'ABC and ', 'shares of AB ', 'AB +1.2% ', 'AB (+', 'S&P 500 ', 'S&P ', 'Russell ', 'Dow Jones ', 'AB.C ', 'TSX: AB, ',
  'Aa ', 'Aa of ', 'Aa & Bb ', 'Aa Bb Cc Dd Ee Ff ', 'Aa (AB) ',
];
const UNITS_1M = ['Foo (EF) $AB ', '$AB NYSE: CD Foo (EF) ', 'Russell 2000 $AB '];

export function adversarialTextMs(): number {
  let worst = 0;
  const time = (unit: string, bytes: number) => {
    const text = unit.repeat(Math.ceil(bytes / unit.length));
    const t0 = performance.now();
    findTextCandidates(text, { names: true });
    worst = Math.max(worst, performance.now() - t0);
  };
  for (const u of UNITS_200K) time(u, 200_000);
  for (const u of UNITS_1M) time(u, 1_000_000);
  return worst;
}

// The hint under a pay estimator's rate: the level's typical range, and a plain mark when the rate falls outside it
// (marked, not refused: pay on a platform can sit outside the article's ranges). Not an island itself.
import { formatCents, formatRateRange } from '../../lib/core/format';
import { isOutsideRange } from '../../lib/pay/pay';

export function RateRangeHint({ range, rate }: { range: { min: number; max: number }; rate: number | null }) {
  return (
    <>
      Typical range for this level: {formatRateRange(range)} an hour.
      {rate !== null && isOutsideRange(rate, range) && <strong class="pay-outside"> {formatCents(rate)} is outside the typical range for this level.</strong>}
    </>
  );
}

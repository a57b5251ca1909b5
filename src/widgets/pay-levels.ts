// What the pay estimators need of each level, and no more, to keep the serialised props small.
import { getLadder } from '../content/collections';
import type { PayLevel } from '../lib/pay/pay';

export async function payLevels(): Promise<PayLevel[]> {
  const { levels } = await getLadder();
  return levels.map(({ rank, role, pay }) => ({ rank, role, pay: { min: pay.min, max: pay.max } }));
}

/**
 * A number written out in decimal as zh-CN prints it (digits, "." and "," every three digits),
 * without Intl. The first Intl.NumberFormat a page makes costs its main thread about 33 ms (ICU
 * starting up), in the task that draws its first chart; this costs nothing. The output is Intl's,
 * which tests/unit/data/text/decimal-text.test.ts checks on thousands of numbers: rounding half away
 * from zero on the shortest decimal that reads back as the number.
 */

export interface DecimalOptions {
  /** Group the whole part in threes (564,941). */
  group: boolean;
  minimumFractionDigits: number;
  maximumFractionDigits: number;
}

/** Adds one to a string of decimal digits ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  const carried = (BigInt(`1${digits}`) + 1n).toString();
  // A carry past the top digit leaves "2…" in place of the guard "1".
  return carried.startsWith('2') ? `1${carried.slice(1)}` : carried.slice(1);
}

export function decimalText(value: number, options: DecimalOptions): string {
  const { group, minimumFractionDigits: min, maximumFractionDigits: max } = options;
  const shortest = String(Math.abs(value));
  // Exponent notation (below 1e-6 or from 1e21) is far outside a report's figures: Intl writes it.
  if (!Number.isFinite(value) || shortest.includes('e'))
    return new Intl.NumberFormat('zh-CN', { useGrouping: group, ...options }).format(value);
  let [whole = '0', fraction = ''] = shortest.split('.');
  if (fraction.length > max) {
    const kept = whole + fraction.slice(0, max);
    const rounded = fraction[max]! >= '5' ? increment(kept) : kept;
    const wholeLength = rounded.length - max;
    whole = rounded.slice(0, wholeLength);
    fraction = rounded.slice(wholeLength);
  }
  fraction = fraction.replace(/0+$/, '').padEnd(min, '0');
  if (group) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

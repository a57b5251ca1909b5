// The reader's way of writing numbers, read from the browser's language: whether "12,345" means twelve thousand or
// twelve point three. Set for the one number reader (src/lib/core/numbers.ts) as soon as a page with number fields
// runs, before any typed or linked value is read; imported for that effect by src/ui/NumberField.tsx.
import { setReaderCommaConvention } from '../lib/core/numbers';

/** 'decimal' where the reader's first language writes 1.240,5 (pt-BR, es, fr, de…), 'thousands' where it writes 1,240.5. */
export function commaConventionOf(locale: string | undefined): 'thousands' | 'decimal' {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return decimal === ',' ? 'decimal' : 'thousands';
  } catch {
    // An unknown or malformed language tag: the site's own convention.
    return 'thousands';
  }
}

if (typeof navigator !== 'undefined') setReaderCommaConvention(commaConventionOf(navigator.languages?.[0] ?? navigator.language));

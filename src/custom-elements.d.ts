// The site's custom elements, so Preact's JSX accepts them with their attributes.
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      /** A platform's week on the reader's clock (src/browser/zoned-week-element.ts). */
      'zoned-week': HTMLAttributes<HTMLElement> & {
        'data-zone': string;
        'data-zone-name': string;
        'data-start-day': string;
        'data-start-time': string;
        'data-pagefind-ignore'?: boolean;
      };
    }
  }
}

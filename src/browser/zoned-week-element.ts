// <zoned-week>: a platform's week (Mercor's pay week, set in India Standard Time) on the reader's own clock, worked
// out in the browser with both zones' IANA names. Its children are the server's sentence, read without JavaScript;
// the converted sentence goes in a shadow root instead, so an island that rendered the element keeps owning its
// children. Loaded by the pages that show such a week (PlatformFacts.astro, the platform comparison).
import { TIME_OF_DAY, isTimeZone } from '../lib/core/zones';
import { WEEKDAYS } from '../lib/core/weekdays';
import { weekOnReaderClock, type NamedZonedWeek } from '../lib/platforms/zoned-week';

/** The week an element's data attributes describe, or null when any is missing or malformed. */
function weekOf(element: HTMLElement): NamedZonedWeek | null {
  const { zone, zoneName, startDay, startTime } = element.dataset;
  if (!zone || !isTimeZone(zone) || !zoneName || !startTime || !TIME_OF_DAY.test(startTime)) return null;
  const day = WEEKDAYS.find((name) => name === startDay);
  return day ? { zone, zoneName, startDay: day, startTime } : null;
}

class ZonedWeekElement extends HTMLElement {
  connectedCallback(): void {
    const week = weekOf(this);
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Without a week or a zone to convert to, the server's sentence stays.
    if (!week || !readerZone || !isTimeZone(readerZone)) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // In an element of its own, so the sentence is found and read like any other text on the page.
    const sentence = document.createElement('span');
    sentence.textContent = weekOnReaderClock(week, new Date(), readerZone);
    root.replaceChildren(sentence);
  }
}

if (!customElements.get('zoned-week')) customElements.define('zoned-week', ZonedWeekElement);

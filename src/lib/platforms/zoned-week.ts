// A platform's week set in its own time zone (Mercor's pay week, in India Standard Time), in words for the reader:
// on their own clock in the browser, and as the zone's offset from UTC in the page the server writes.
import { currentZonedWeek, formatWallClock, sameTimeZone, zoneOffsetMinutes, type ZonedWeek } from '../core/zones';

/** A zoned week with the zone's name as the source gives it ("India Standard Time"). */
export type NamedZonedWeek = ZonedWeek & { zoneName: string };

/** "UTC+05:30", "UTC−04:00", "UTC". */
function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const size = Math.abs(minutes);
  return `UTC${minutes > 0 ? '+' : '−'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

/**
 * What the page says without JavaScript: the zone's offset from UTC, read from the zone itself in January and July of
 * `year`, so a zone with summer time gives both: "India Standard Time is UTC+05:30 all year."
 */
export function zoneOffsetSentence(week: NamedZonedWeek, year: number): string {
  const january = zoneOffsetMinutes(new Date(Date.UTC(year, 0, 15, 12)), week.zone);
  const july = zoneOffsetMinutes(new Date(Date.UTC(year, 6, 15, 12)), week.zone);
  return january === july
    ? `${week.zoneName} is ${utcOffsetText(january)} all year.`
    : `${week.zoneName} is ${utcOffsetText(january)} in January and ${utcOffsetText(july)} in July.`;
}

/**
 * The week that contains `now` on the reader's clock, worked out with both zones' IANA names so summer time on either
 * side is honoured: "On your clock (Europe/London), this week runs from Friday 4 December, 18:30 to Friday
 * 11 December, 18:29." A reader in the platform's own zone is told so.
 */
export function weekOnReaderClock(week: NamedZonedWeek, now: Date, readerZone: string): string {
  const { start, last } = currentZonedWeek(week, now);
  if (sameTimeZone(readerZone, week.zone)) {
    return `That is your own time zone: this week runs from ${formatWallClock(start, readerZone)} to ${formatWallClock(last, readerZone)}.`;
  }
  return `On your clock (${readerZone}), this week runs from ${formatWallClock(start, readerZone)} to ${formatWallClock(last, readerZone)}.`;
}

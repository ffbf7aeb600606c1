/** An instant (ISO with zone) in the district's time zone, the reader's way. */
export function instantText(iso: string, locale: string, timeZone: string | undefined, dateStyle: 'medium' | 'short' = 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone }).format(date);
  } catch {
    // An unknown zone name from the settings: the reader's own zone rather than nothing.
    return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' }).format(date);
  }
}

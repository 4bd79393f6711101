"use client";

// Times are stored in UTC and shown in the viewer's own time zone. The server renders UTC;
// the browser re-renders in local time, hence the hydration warning is expected.
export function LocalTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const text = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {text}
    </time>
  );
}

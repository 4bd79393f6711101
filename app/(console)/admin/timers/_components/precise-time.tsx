"use client";

// Timer lateness is about seconds, so this shows them (and milliseconds) in the viewer's zone.
// The server renders UTC; the browser re-renders in local time.
export function PreciseTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const text = new Intl.DateTimeFormat(undefined, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    fractionalSecondDigits: 3,
    hour12: false,
  }).format(date);
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {text}
    </time>
  );
}

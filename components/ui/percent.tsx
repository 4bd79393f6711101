type Percent = { value: number | null; numerator: number; denominator: number };

export function PercentFigure({ figure }: { figure: Percent | null }) {
  if (!figure) return <span className="text-slate-500">tracked by schedule</span>;
  if (figure.value === null) return <span className="text-slate-500">no data yet</span>;
  return (
    <span>
      <span className="text-lg font-semibold">{figure.value}%</span>{" "}
      <span className="text-xs text-slate-500">
        ({figure.numerator} of {figure.denominator})
      </span>
    </span>
  );
}

export function Figure({ label, value, alert = false }: { label: string; value: string; alert?: boolean }) {
  return (
    <div className={`rounded-md p-3 ring-1 ${alert ? "bg-red-50 ring-red-300" : "bg-slate-50 ring-slate-200"}`}>
      <dt className={`text-xs ${alert ? "text-red-700" : "text-slate-600"}`}>{label}</dt>
      <dd className={`mt-1 text-lg font-semibold ${alert ? "text-red-700" : "text-slate-900"}`}>{value}</dd>
    </div>
  );
}

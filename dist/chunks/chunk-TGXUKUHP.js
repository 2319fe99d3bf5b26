
// src/report/format.ts
function formatParameters(n) {
  if (n === null) return "\u2013";
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${Math.round(n / 1e6)}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}K`;
  return String(n);
}
function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatConfidence(c) {
  return `${Math.round(c * 100)}%`;
}

export {
  formatParameters,
  formatTime,
  formatConfidence
};

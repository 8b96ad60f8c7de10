import type { Severity } from "../../core";

/**
 * A different shape per severity (circle with a cross, triangle, circle with an i), so severity reads without
 * colour too. Decorative: the severity is always also written out next to it.
 */
export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1.2L15.2 14.3H0.8Z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.6v4.2" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill="#fff" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 7.2v4.3" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="4.7" r="1" fill="#fff" />
        </>
      )}
    </svg>
  );
}

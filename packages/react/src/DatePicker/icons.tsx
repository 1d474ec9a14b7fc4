// Small decorative icons of the date picker. Hidden from assistive technology by Button.

export function CalendarIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </svg>
  );
}

export function ChevronIcon({ double = false, flip = false }: { double?: boolean; flip?: boolean }) {
  const transform = flip ? 'matrix(-1 0 0 1 24 0)' : undefined;
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <g transform={transform}>{double ? <path d="M12 6l-6 6 6 6M18 6l-6 6 6 6" /> : <path d="M15 6l-6 6 6 6" />}</g>
    </svg>
  );
}

/** Hidden inputs for a consent form that works without JavaScript (a return address, a CSRF token). */
export function HiddenFields({ fields }: { fields?: Readonly<Record<string, string>> | undefined }) {
  if (!fields) return null;
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** A purchaser select's choices: a placeholder to pick from, then every purchaser. */
export function PurchaserOptions({ purchasers, placeholder }: { purchasers: readonly { id: string; name: string }[]; placeholder: string }) {
  return (
    <>
      <option value="" disabled>
        {placeholder}
      </option>
      {purchasers.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}

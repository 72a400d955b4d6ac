import { encode } from "uqr";

/**
 * A QR code of the link, as SVG squares (no raw markup), big enough for a classroom projector.
 * Drawn at error correction M, the level MAX_QR_LINK_LENGTH (from @nklabor/quiz) is counted for;
 * a caller checks `shareability(...).qr` first. A link too long still shows a message, not a fault.
 */
export function QrCode({
  text,
  label,
  tooLong,
}: {
  readonly text: string;
  readonly label: string;
  /** What shows instead when the text is too long for a QR code. */
  readonly tooLong: string;
}) {
  let code: ReturnType<typeof encode>;
  try {
    code = encode(text, { ecc: "M", border: 2 });
  } catch {
    return <p className="note">{tooLong}</p>;
  }
  const { data, size } = code;
  // One path of unit squares, one for each dark module.
  const cells = data.flatMap((row, y) =>
    row.flatMap((on, x) => (on ? [`M${x} ${y}h1v1h-1z`] : [])),
  );
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={cells.join("")} fill="#000" />
    </svg>
  );
}

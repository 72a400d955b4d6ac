import type { FactPack } from "./schema.js";

/**
 * A content hash of texts fed in turn (cyrb53, 14 hex digits): the same texts give the same hash
 * on every machine and in every runtime. Not a cryptographic hash: it tells versions apart, it
 * proves nothing.
 */
export function contentHash(texts: Iterable<string>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const text of texts)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * A content hash of a pack (`contentHash` over its JSON, record by record): the same data gives
 * the same version on every machine, so a quiz can say which data it was made from. Hashing each
 * record in turn keeps memory flat for packs of any size.
 */
export function packVersion(pack: FactPack): string {
  return contentHash(
    (function* () {
      yield `v${pack.version}`;
      for (const [name, records] of [
        ["sources", pack.sources],
        ["actors", pack.actors],
        ["facts", pack.facts],
        ["conflicts", pack.conflicts],
      ] as const) {
        yield `|${name}:${records.length}`;
        for (const record of records) yield JSON.stringify(record);
      }
    })(),
  );
}

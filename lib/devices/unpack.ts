import { gunzipSync, unzipSync } from "fflate";
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES, megabytes, refuse, type Refusal } from "./refusals";

export type Unpacked = { name: string; bytes: Uint8Array; kind: "fit" | "xml" };

const ACTIVITY_NAME = /\.(fit|tcx|gpx)(\.gz)?$/i;

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;
const isFit = (b: Uint8Array) =>
  b.length >= 12 && b[8] === 0x2e && b[9] === 0x46 && b[10] === 0x49 && b[11] === 0x54;

function isXml(b: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(b.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("<");
}

/** gzip's trailer says how big the content is; fflate never writes past the buffer it is given. */
function gunzip(bytes: Uint8Array): Uint8Array | Refusal {
  if (bytes.length < 18) return refuse("it is a damaged gzip file");
  const n = bytes.length;
  const size =
    (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
  if (size > MAX_INFLATED_BYTES)
    return refuse(`it unpacks to more than ${megabytes(MAX_INFLATED_BYTES)}`);
  try {
    return gunzipSync(bytes, { out: new Uint8Array(size) });
  } catch {
    return refuse("it is a damaged gzip file");
  }
}

/** The activity files inside a zip (name and unpacked size), for a page that lets one be picked. */
export function listZipEntries(
  bytes: Uint8Array,
): { ok: true; entries: { name: string; bytes: number }[] } | Refusal {
  const entries: { name: string; bytes: number }[] = [];
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        if (ACTIVITY_NAME.test(file.name) && !file.name.startsWith("__MACOSX/"))
          entries.push({ name: file.name, bytes: file.originalSize });
        return false;
      },
    });
  } catch {
    return refuse("it is a damaged zip file");
  }
  if (count > MAX_ZIP_ENTRIES)
    return refuse(`the zip holds ${count} files; at most ${MAX_ZIP_ENTRIES} are read`);
  return { ok: true, entries };
}

function unzipOne(bytes: Uint8Array, wanted?: string): Unpacked | Refusal {
  const listed = listZipEntries(bytes);
  if (!listed.ok) return listed;
  const { entries } = listed;
  if (entries.length === 0) return refuse("the zip holds no .fit, .tcx or .gpx file");
  const pick = wanted ? entries.find((e) => e.name === wanted) : entries[0];
  if (!pick) return refuse(`the zip holds no file named ${wanted}`);
  if (!wanted && entries.length > 1)
    return refuse(
      `the zip holds ${entries.length} activities (${entries.map((e) => e.name).join(", ")}); upload one at a time`,
    );
  if (pick.bytes > MAX_INFLATED_BYTES)
    return refuse(`${pick.name} unpacks to more than ${megabytes(MAX_INFLATED_BYTES)}`);
  let inner: Uint8Array | undefined;
  try {
    inner = unzipSync(bytes, { filter: (file) => file.name === pick.name })[pick.name];
  } catch {
    return refuse("it is a damaged zip file");
  }
  if (!inner) return refuse("it is a damaged zip file");
  return unpackFile(pick.name, inner, false);
}

/**
 * Turns an upload into the one activity file to decode: gzip and zip are opened (one level), the
 * format is told by the content's first bytes, not the name.
 */
export function unpackFile(
  name: string,
  bytes: Uint8Array,
  outer = true,
  wanted?: string,
): Unpacked | Refusal {
  if (bytes.length === 0) return refuse("it is empty");
  if (isGzip(bytes)) {
    const inner = gunzip(bytes);
    if (!(inner instanceof Uint8Array)) return inner;
    return unpackFile(name.replace(/\.gz$/i, ""), inner, false);
  }
  if (isZip(bytes)) {
    if (!outer) return refuse("it holds an archive inside an archive");
    return unzipOne(bytes, wanted);
  }
  if (isFit(bytes)) return { name, bytes, kind: "fit" };
  if (isXml(bytes)) return { name, bytes, kind: "xml" };
  return refuse("it is not a FIT, TCX or GPX activity file");
}

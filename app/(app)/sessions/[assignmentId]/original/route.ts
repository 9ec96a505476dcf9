import { currentUser } from "@/lib/server/auth/session";
import { getResultOriginal } from "@/lib/server/data/result-originals";
import { download, FIT_TYPE, notFound } from "@/lib/server/download";

/**
 * The watch file an imported result was read from, as it was uploaded (out of its zip or gzip),
 * for whoever may see the result (getResultOriginal decides); anyone else, a result that was not
 * imported and a deleted one get the same 404. The log page reads it again from here ("Read the
 * stored file again").
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ assignmentId: string }> },
) {
  const { assignmentId } = await params;
  const original = await getResultOriginal(await currentUser(), assignmentId);
  if (!original) return notFound();
  const type = /\.fit$/i.test(original.fileName) ? FIT_TYPE : "application/xml";
  return download(original.bytes, type, original.fileName);
}

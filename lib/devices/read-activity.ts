import type { Activity } from "./activity";
import { decodeFit } from "./decode-fit";
import { decodeXml } from "./decode-xml";
import { MAX_FILE_BYTES, megabytes, refuse, sportProblem, type Refusal } from "./refusals";
import { unpackFile } from "./unpack";

/** From upload to decoded activity: size, archive, format, sport. Never throws. */
export function readActivity(name: string, bytes: Uint8Array): Activity | Refusal {
  if (bytes.length > MAX_FILE_BYTES)
    return refuse(`it is larger than ${megabytes(MAX_FILE_BYTES)}, too big for one run`);
  const file = unpackFile(name, bytes);
  if ("ok" in file) return file;
  let activity: Activity | Refusal;
  try {
    activity = file.kind === "fit" ? decodeFit(file.bytes) : decodeXml(file.bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/compressed timestamp/i.test(message))
      return refuse(
        "it uses compressed timestamps, an old FIT feature this reader cannot decode; export it as TCX or GPX instead",
      );
    return refuse(`it could not be decoded (${message.slice(0, 120)})`);
  }
  if ("ok" in activity) return activity;
  const sport = sportProblem(activity.sport);
  if (sport) return refuse(`${sport}, not a run`);
  if (activity.laps.length === 0 && activity.samples.length < 2)
    return refuse("it holds no laps and no recorded distance");
  return activity;
}

import net from "node:net";
import { SetupError } from "./errors";

/** Fails with a clear message when something already listens on the port we need. */
export async function assertPortFree(port: number, what: string, setting: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new SetupError(
              `Port ${port} is already in use, so ${what} cannot start there. Stop whatever uses it, or pick another port with ${setting}=<port>.`,
            )
          : error,
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

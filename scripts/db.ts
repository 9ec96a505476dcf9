/**
 * Database chores on the same database `npm start` uses (embedded unless DATABASE_URL is set):
 *   npm run db:migrate -- --name <what-changed>   create a migration from prisma/schema.prisma
 *   npm run db:deploy                             apply committed migrations
 *   npm run db:status                             are the committed migrations applied?
 *   npm run db:seed                               add the demo squad (never automatic with DATABASE_URL)
 *   npm run db:seed -- --large                    add a 60-athlete, two-year club squad beside the data
 */
import { prisma, migrateDeploy } from "@/lib/database/prisma-cli";
import { provisionDatabase } from "@/lib/database/provision";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed/demo";
import { demoSignInLine } from "@/prisma/seed/demo-password";
import { seedLarge } from "@/prisma/seed/large";
import { fail, onShutdown } from "./process";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const database = await provisionDatabase({
    databaseUrl: env().DATABASE_URL,
    database: "stepdown",
    embeddedPort: env().EMBEDDED_PG_PORT,
    dataDir: env().EMBEDDED_PG_DATA,
  });
  onShutdown(database.stop);
  try {
    switch (command) {
      case "migrate-dev":
        // `migrate dev` refuses to run with unapplied migrations in this engine mode: deploy first.
        await migrateDeploy(database.url);
        await prisma(["migrate", "dev", ...rest], database.url);
        break;
      case "deploy":
        await prisma(["migrate", "deploy"], database.url);
        break;
      case "status":
        await prisma(["migrate", "status"], database.url);
        break;
      case "seed":
        await migrateDeploy(database.url);
        if (rest.includes("--large")) {
          const { email, password } = await seedLarge(database.url);
          console.log("Club-scale squad added. Its coach signs in with:");
          console.log(`${email} / ${password}`);
        } else {
          await seedDemo(database.url);
          console.log("Demo squad added.");
          const line = await demoSignInLine(database.url);
          if (line) console.log(line);
        }
        break;
      default:
        throw new Error(`Unknown command "${command}": use migrate-dev, deploy, status or seed.`);
    }
  } finally {
    await database.stop();
  }
}

main().then(() => process.exit(0), fail);

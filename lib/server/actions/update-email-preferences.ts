"use server";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { emailPreferencesSchema } from "@/lib/validation/comments";

/** The viewer's own choice of emails: the coach's daily digest, the athlete's comment notes. */
export const updateEmailPreferences = defineAction({
  input: emailPreferencesSchema,
  authorize: () => Promise.resolve(true),
  async run(viewer, prefs) {
    await db().emailPreference.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, ...prefs },
      update: prefs,
    });
    return { message: "Saved.", revalidate: ["/account"] };
  },
});

import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col gap-6 px-4 py-10">
      <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
        Step-Down
      </Link>
      <main className="flex flex-col gap-6">{children}</main>
    </div>
  );
}

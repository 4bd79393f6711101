import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrationMarker } from "@/components/shell/hydration-marker";
import { sameOriginPath } from "@/lib/domain/safe-redirect";
import { appUrl } from "@/lib/server/app-url";
import { env } from "@/lib/server/env";
import { currentCtx } from "@/lib/server/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  if (await currentCtx()) redirect("/");
  const { error, callbackUrl } = await searchParams;
  const safeCallback = sameOriginPath(callbackUrl, appUrl("/"));
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <HydrationMarker />
      <div className="w-full max-w-sm rounded-lg bg-white p-8 shadow ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">Sign in to Bridge</h1>
        <p className="mt-1 text-sm text-slate-600">Incident bridge and disaster-recovery command center</p>
        <LoginForm callbackUrl={safeCallback} initialError={error} oidcName={env.OIDC_ISSUER ? env.OIDC_NAME : null} />
      </div>
    </main>
  );
}

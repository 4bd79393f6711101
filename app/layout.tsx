import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ServiceWorker } from "@/components/shell/service-worker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bridge", template: "%s · Bridge" },
  description: "Incident bridge and disaster-recovery command center",
  appleWebApp: { capable: true, title: "Bridge", statusBarStyle: "black-translucent" },
  icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f172a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts must carry this request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <ServiceWorker />
        {children}
      </body>
    </html>
  );
}

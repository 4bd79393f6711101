import type { MetadataRoute } from "next";

// Installable as a web app: on a phone, Bridge opens from the home screen without browser chrome.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Bridge — incident bridge",
    short_name: "Bridge",
    description: "Incident bridge and disaster-recovery command center",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#0f172a",
    theme_color: "#0f172a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

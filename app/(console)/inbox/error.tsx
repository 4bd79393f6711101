"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function InboxError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="Your inbox" retry={retry} />;
}

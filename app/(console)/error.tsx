"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function ConsoleError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This page" retry={retry} />;
}

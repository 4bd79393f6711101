"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function PostmortemError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This postmortem" retry={retry} />;
}

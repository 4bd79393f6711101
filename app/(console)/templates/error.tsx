"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function TemplatesError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="The templates" retry={retry} />;
}

"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function MatrixError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="The notification matrix" retry={retry} />;
}

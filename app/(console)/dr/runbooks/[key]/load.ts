import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/domain/errors";

/** A reader's NOT_FOUND as the page's 404; anything else stays an error. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

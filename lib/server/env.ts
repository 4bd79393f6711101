import "server-only";
import { parseEnv } from "@/lib/config/env";

// Parsed once per process; importing this module with a bad environment fails loudly.
export const env = parseEnv(process.env);

import "server-only";
import { secretKind } from "../tokens/secret";

// Integration source keys, `brs_<prefix>_<secret>`: shown once, stored as a sha256 hash like API tokens.
export const sourceKeys = secretKind("brs");

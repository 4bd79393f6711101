// Import first in every entry script: puts the variables of .env.local and .env (in the project
// root) into process.env, below anything the real environment already sets.
import { loadDotenv } from "../lib/config/dotenv";
import { projectRoot } from "./db/schema-engine";

loadDotenv(projectRoot);

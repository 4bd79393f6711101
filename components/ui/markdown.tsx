import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";

// What people write in postmortems is shown to everyone who reads them: raw HTML is never parsed
// (react-markdown leaves it as text), the tree is sanitised on top, and links may only be web or
// mail addresses.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

function safeUrl(url: string): string {
  const transformed = defaultUrlTransform(url);
  return /^(https?:|mailto:|#|\/(?!\/))/i.test(transformed) ? transformed : "";
}

// A wide table scrolls sideways on a phone (app/globals.css): focusable, so a keyboard can scroll it too.
const COMPONENTS: Components = {
  table: ({ node: _node, ...props }) => <table tabIndex={0} {...props} />,
};

/** Markdown (GitHub flavour: tables, task lists, strikethrough) rendered safely, styled for reading. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeSanitize, schema]]}
        urlTransform={safeUrl}
        components={COMPONENTS}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}

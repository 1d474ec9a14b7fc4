// Prints what Orca says on stories of the built Storybook, key by key: the way to find the phrases for a new
// transcript test. Usage: npx node scripts/sr/explore.ts 'components-button--primary:Tab,Return' …
// (a key starting with " is typed as text, `listen` waits; AUKIO_SR_KEEP_FOCUS=1 keeps the focus the story
// left; AUKIO_SR_STORYBOOK picks another built Storybook).
import { serveStatic } from "@aukio/a11y/server";
import { startScreenReader } from "@aukio/a11y/screen-reader";
const server = await serveStatic(
  process.env.AUKIO_SR_STORYBOOK ?? "storybook-static",
);
const sr = await startScreenReader();
// Stopped in finally: a story that fails to load must not leave Orca, Xvfb and Chromium running.
try {
  for (const arg of process.argv.slice(2)) {
    const [id, keys = "Tab"] = arg.split(":");
    const load = await sr.open(
      `${server.url}/iframe.html?id=${id}&viewMode=story`,
      {
        ready: "#storybook-root > *",
        fromTop: !process.env.AUKIO_SR_KEEP_FOCUS,
      },
    );
    console.log(`\n## ${id}  (load: ${load.map((u) => u.text).join(" | ")})`);
    for (const key of keys.split(",")) {
      const heard =
        key === "listen"
          ? await sr.listen({ minMs: 2500 })
          : key.startsWith('"')
            ? await sr.type(key.slice(1))
            : await sr.press(key);
      console.log(
        `${key.padEnd(10)} ${heard.map((u) => `${u.ms}:${u.text}`).join(" | ")}    [${await sr.focused()}] ${(await sr.insertedLiveRegions()).join(";")}`,
      );
    }
  }
} finally {
  await sr.stop();
  await server.close();
}

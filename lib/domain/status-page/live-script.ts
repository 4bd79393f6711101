// The public page's only script: it asks for the page again every second with the version it
// shows (If-None-Match), and on a new version swaps <main>. Nothing is rendered in the browser,
// so without JavaScript the page is the same, only not live.
export const LIVE_SCRIPT = `(function () {
  var main = document.getElementById("main");
  if (!main || !window.fetch || !window.DOMParser) return;
  var note = document.getElementById("live-note");
  var busy = false;
  document.documentElement.setAttribute("data-live", "on");
  function poll() {
    if (busy || document.hidden) return;
    busy = true;
    var headers = main.dataset.etag ? { "If-None-Match": main.dataset.etag } : {};
    fetch(location.pathname, { headers: headers, cache: "no-store", credentials: "omit" })
      .then(function (r) {
        if (r.status !== 200) return;
        var etag = r.headers.get("ETag");
        return r.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var next = doc.getElementById("main");
          if (!next) return;
          main.innerHTML = next.innerHTML;
          main.dataset.etag = etag || next.dataset.etag || "";
          document.title = doc.title;
          if (note) note.textContent = "Status updated.";
        });
      })
      .catch(function () {})
      .then(function () { busy = false; });
  }
  setInterval(poll, 1000);
  document.addEventListener("visibilitychange", poll);
})();
`;

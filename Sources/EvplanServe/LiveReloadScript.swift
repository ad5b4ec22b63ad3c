import EvplanRender

/// The only script the preview adds, and only to pages it serves: the deliverables themselves stay script-free.
/// It long-polls the server for a build other than the one the page came from, then reloads at the same scroll
/// position. While the server is away (restarting, stopped) it retries every second.
enum LiveReloadScript {
    static let versionPath = "/__evplan/version"

    static func html(token: String) -> String {
        """
        <script data-evplan-live-reload>
        (function () {
          var token = "\(HTMLText.escape(token))", key = "evplan-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.addEventListener("load", function () { window.scrollTo(0, +saved); }); }
          function poll() {
            fetch("\(versionPath)?since=" + encodeURIComponent(token), { cache: "no-store" })
              .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
              .then(function (latest) {
                if (latest.trim() !== token) { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); } else { poll(); }
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        </script>
        """
    }
}

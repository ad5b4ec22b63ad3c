import EvplanModel
import EvplanRender
import Foundation

/// The desk's one page: self-contained (its style and script inline, nothing from a CDN), in the plan's language.
/// The script keeps every scan in an outbox in the browser's storage until the server acknowledges it, so a desk
/// that loses the network keeps scanning and catches up when it is back.
enum DeskPage {
    static func app(language: Language, eventName: String) -> String {
        let words = language == .en ? english : chinese
        let labels = (try? JSONSerialization.data(withJSONObject: words, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // `<` never appears raw inside the script, so no text can close it.
        let safeLabels = labels.replacingOccurrences(of: "<", with: "\\u003c")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(words["title"] ?? "")) · \(HTMLText.escape(eventName))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
              <div class="event">\(HTMLText.escape(eventName))</div>
              <label class="desk">\(HTMLText.escape(words["desk"] ?? "")) <input id="desk" autocomplete="off" maxlength="40"></label>
            </header>
            <main>
              <form id="scan" autocomplete="off">
                <input id="code" name="code" type="search" enterkeyhint="go" autofocus aria-label="\(HTMLText.escape(words["placeholder"] ?? ""))"
                  placeholder="\(HTMLText.escape(words["placeholder"] ?? ""))">
                <button type="submit">\(HTMLText.escape(words["checkin"] ?? ""))</button>
              </form>
              <section id="result" class="result idle" role="status" aria-live="assertive">
                <div class="headline" id="headline">\(HTMLText.escape(words["ready"] ?? ""))</div>
                <div class="detail" id="detail"></div>
              </section>
              <ul id="matches" class="matches"></ul>
              <section class="counts" aria-live="polite">
                <div class="total"><span id="checked-in">–</span> / <span id="registered">–</span> <small id="percent"></small></div>
                <div class="outbox" id="outbox"></div>
                <table id="by-type"><thead><tr><th>\(HTMLText.escape(words["ticketType"] ?? ""))</th><th>\(HTMLText.escape(words["checkedIn"] ?? ""))</th><th>\(HTMLText.escape(words["registered"] ?? ""))</th></tr></thead><tbody></tbody></table>
              </section>
              <section class="recent"><h2>\(HTMLText.escape(words["recent"] ?? ""))</h2><ol id="log"></ol></section>
              <p class="export"><a href="/export/attendance.csv" download>\(HTMLText.escape(words["export"] ?? ""))</a></p>
            </main>
            <script>
            const L = \(safeLabels);
            \(script)
            </script>
            </body>
            </html>

            """
    }

    static func signIn(language: Language, wrongToken: Bool) -> String {
        let words = language == .en ? english : chinese
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(words["title"] ?? ""))</title><style>\(style)</style></head>
            <body><main><section class="result bad"><div class="headline">\(HTMLText.escape(words[wrongToken ? "wrongToken" : "signIn"] ?? ""))</div>
            <div class="detail">\(HTMLText.escape(words["signInHelp"] ?? ""))</div></section></main></body>
            </html>

            """
    }

    static let chinese: [String: String] = [
        "title": "報到櫃台", "desk": "櫃台", "deskDefault": "櫃台", "checkin": "報到",
        "placeholder": "掃描 QR Code，或輸入姓名、電話末三碼、票號", "ready": "請掃描票券 QR Code",
        "welcome": "歡迎！", "already": "已經報到過", "alreadyAt": "{time} 已在「{desk}」報到",
        "unknown": "查無此票", "unknownDetail": "「{code}」不在報名名單中；請改用姓名或電話末三碼查詢",
        "cancelled": "此票已取消", "refunded": "此票已退款", "inactiveDetail": "{name}（{type}）：請洽服務台",
        "queued": "離線：已暫存", "queuedDetail": "「{code}」已記在本機，網路恢復後自動送出",
        "outbox": "尚有 {n} 筆掃描待送出", "outboxEmpty": "所有掃描都已存入伺服器",
        "checkedIn": "已報到", "registered": "應到", "ticketType": "票種",
        "pick": "找到 {n} 位，請點選報到", "sent": "網路已恢復：暫存的掃描都已送出",
        "recent": "最近紀錄", "phoneTail": "手機末三碼", "export": "下載出席名單（CSV）",
        "unauthorised": "授權已失效", "unauthorisedDetail": "請重新開啟 evplan desk 啟動時印出的網址",
        "invalid": "無法記錄這筆掃描",
        "signIn": "請用啟動時印出的網址開啟", "wrongToken": "網址中的 token 不正確",
        "signInHelp": "evplan desk 啟動時會印出含 token 的網址（…/?token=…），請在每個報到櫃台的瀏覽器開啟該網址。",
    ]

    static let english: [String: String] = [
        "title": "Check-in desk", "desk": "Desk", "deskDefault": "Desk", "checkin": "Check in",
        "placeholder": "Scan a QR code, or type a name, phone's last digits or ticket number", "ready": "Scan a ticket's QR code",
        "welcome": "Welcome!", "already": "Already checked in", "alreadyAt": "Checked in at {time} at {desk}",
        "unknown": "Unknown ticket", "unknownDetail": "“{code}” is not on the roster; search by name or phone instead",
        "cancelled": "Ticket cancelled", "refunded": "Ticket refunded", "inactiveDetail": "{name} ({type}): send them to the help desk",
        "queued": "Offline: kept", "queuedDetail": "“{code}” is kept on this device and sent when the network is back",
        "outbox": "{n} scans waiting to be sent", "outboxEmpty": "Every scan is on the server",
        "checkedIn": "Checked in", "registered": "Registered", "ticketType": "Ticket type",
        "pick": "{n} found: tap one to check in", "sent": "Back online: every kept scan is sent",
        "recent": "Recent", "phoneTail": "phone …", "export": "Download the attendance (CSV)",
        "unauthorised": "Not signed in", "unauthorisedDetail": "Open the address evplan desk printed at start again",
        "invalid": "This scan could not be recorded",
        "signIn": "Open this desk from the address printed at start", "wrongToken": "The token in the address is wrong",
        "signInHelp": "evplan desk prints an address with a token (…/?token=…) when it starts; open it in each desk's browser.",
    ]

    private static let style = """
        *{box-sizing:border-box}body{margin:0;font:18px/1.5 system-ui,"Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;color:#1a1a1a;background:#f4f4f2}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.6rem 1rem;background:#22313f;color:#fff}
        .event{font-weight:700}.desk input{width:8rem;font:inherit;padding:.2rem .4rem;border-radius:4px;border:0}
        main{max-width:44rem;margin:0 auto;padding:1rem}
        form{display:flex;gap:.5rem}#code{flex:1;min-width:0;font-size:1.3rem;padding:.7rem;border:2px solid #22313f;border-radius:6px}
        button{font:inherit;font-size:1.2rem;padding:.6rem 1rem;border:0;border-radius:6px;background:#22313f;color:#fff}
        .result{margin:1rem 0;padding:1.2rem;border-radius:8px;min-height:7rem;background:#fff;border:3px solid #ccc}
        .headline{font-size:2rem;font-weight:700;line-height:1.2}.detail{font-size:1.2rem;margin-top:.4rem;overflow-wrap:anywhere}
        .good{background:#e3f5e1;border-color:#2e7d32}.good .headline{color:#1b5e20}
        .warn{background:#fff4d6;border-color:#c77700}.warn .headline{color:#8a4b00}
        .bad{background:#fde4e1;border-color:#c62828}.bad .headline{color:#8e1b1b}
        .queued{background:#e6eef8;border-color:#3465a4}.queued .headline{color:#204a87}
        .matches{list-style:none;padding:0;margin:0}.matches button{width:100%;text-align:left;margin:.2rem 0;background:#fff;color:#1a1a1a;border:1px solid #999}
        .counts .total{font-size:1.6rem;font-weight:700}.outbox{color:#555}
        table{border-collapse:collapse;width:100%;margin-top:.5rem;background:#fff}th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left}
        td:nth-child(n+2),th:nth-child(n+2){text-align:right}
        .recent h2{font-size:1rem;margin:1rem 0 .2rem}.recent ol{padding-left:1.2rem;margin:0;font-size:.95rem}
        """

    private static let script = #"""
        const OUTBOX = 'evplan-desk-outbox', DESK = 'evplan-desk-name';
        const $ = (id) => document.getElementById(id);
        const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
        let outbox = [];
        try { outbox = JSON.parse(localStorage.getItem(OUTBOX) || '[]'); } catch (e) { outbox = []; }
        let flushing = false;

        // crypto.randomUUID needs https; getRandomValues works on a venue LAN's plain http too.
        function uuid() {
          const b = new Uint8Array(16); crypto.getRandomValues(b);
          b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
          const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        }
        function deskName() { return $('desk').value.trim() || L.deskDefault; }
        function saveOutbox() {
          try { localStorage.setItem(OUTBOX, JSON.stringify(outbox)); } catch (e) {}
          $('outbox').textContent = outbox.length ? fill(L.outbox, { n: outbox.length }) : L.outboxEmpty;
        }
        function clock(iso) {
          const d = new Date(iso);
          return isNaN(d) ? iso : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
        }
        function show(kind, headline, detail) {
          $('result').className = 'result ' + kind;
          $('headline').textContent = headline; $('detail').textContent = detail || '';
        }
        function log(text) {
          const item = document.createElement('li');
          item.textContent = `${clock(new Date().toISOString())} ${text}`;
          $('log').prepend(item);
          while ($('log').children.length > 8) $('log').lastChild.remove();
        }
        async function send(scan) {
          const response = await fetch('/api/scans', { method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(scan) });
          let body = {};
          try { body = await response.json(); } catch (e) {}
          return { status: response.status, body };
        }
        // A definite answer (recorded, unknown, cancelled, invalid) takes the scan out of the outbox; anything else
        // (no network, the server restarting, not signed in) leaves it there to be sent again.
        function settle(scan, answer, shown) {
          if (answer.status === 401) { show('bad', L.unauthorised, L.unauthorisedDetail); return false; }
          if (answer.status >= 500 || answer.status === 0) return false;
          outbox = outbox.filter((s) => s.id !== scan.id); saveOutbox();
          const a = answer.body.attendee || {};
          if (answer.status === 200) {
            const who = `${a.name}（${a.ticket_type}）`;
            if (answer.body.duplicate) {
              const when = fill(L.alreadyAt, { time: clock(answer.body.first_at), desk: answer.body.first_desk });
              if (shown) show('warn', `${L.already}：${a.name}`, `${a.ticket_type} · ${when}`);
              log(`${L.already} ${who} ${when}`);
            } else {
              if (shown) show('good', `${L.welcome} ${a.name}`, a.ticket_type);
              log(`${L.checkedIn} ${who}`);
            }
            refreshCounts();
          } else if (answer.status === 404) {
            // Not a code: perhaps a name or a phone's last digits, typed. The people it matches are offered.
            if (shown) lookUp(scan.ticket); else log(`${L.unknown} ${scan.ticket}`);
          } else if (answer.status === 409 && a.name) {
            const headline = answer.body.reason === 'refunded' ? L.refunded : L.cancelled;
            if (shown) show('bad', headline, fill(L.inactiveDetail, { name: a.name, type: a.ticket_type }));
            log(`${headline} ${a.name}`);
          } else {
            if (shown) show('bad', L.invalid, answer.body.reason || String(answer.status));
            log(`${L.invalid} ${scan.ticket}`);
          }
          return true;
        }
        async function checkIn(code) {
          $('matches').replaceChildren();
          const scan = { id: uuid(), ticket: code, desk: deskName(), at: Date.now() };
          outbox.push(scan); saveOutbox();
          try {
            if (!settle(scan, await send(scan), true)) show('queued', L.queued, fill(L.queuedDetail, { code }));
          } catch (e) {
            show('queued', L.queued, fill(L.queuedDetail, { code }));
          }
        }
        async function lookUp(text) {
          let found = [];
          try {
            const response = await fetch('/api/roster?q=' + encodeURIComponent(text), { credentials: 'same-origin' });
            if (response.ok) found = (await response.json()).results || [];
          } catch (e) {}
          const list = $('matches'); list.replaceChildren();
          if (!found.length) {
            show('bad', L.unknown, fill(L.unknownDetail, { code: text }));
            log(`${L.unknown} ${text}`);
            return;
          }
          show('idle', fill(L.pick, { n: found.length }), text);
            for (const person of found) {
              const button = document.createElement('button'); button.type = 'button';
              const state = person.checked_in_at ? ` · ${L.checkedIn} ${clock(person.checked_in_at)}` : '';
              const phone = person.phone_tail ? ` · ${L.phoneTail} ${person.phone_tail}` : '';
              button.textContent = `${person.name}（${person.ticket_type}）#${person.ticket}${phone}${state}`;
              button.addEventListener('click', () => { checkIn(person.ticket); $('code').focus(); });
              const item = document.createElement('li'); item.append(button); list.append(item);
            }
        }
        async function flush() {
          if (flushing || !outbox.length) return;
          flushing = true;
          try {
            for (const scan of [...outbox]) {
              if (!settle(scan, await send(scan), false)) break;
            }
            if (!outbox.length && $('result').classList.contains('queued')) show('idle', L.sent, '');
          } catch (e) {
          } finally { flushing = false; }
        }
        async function refreshCounts() {
          try {
            const response = await fetch('/api/attendance', { credentials: 'same-origin' });
            if (!response.ok) return;
            const counts = await response.json();
            $('checked-in').textContent = counts.checked_in; $('registered').textContent = counts.registered;
            $('percent').textContent = counts.registered ? `${Math.round(100 * counts.checked_in / counts.registered)}%` : '';
            const rows = (counts.types || []).map((type) => {
              const row = document.createElement('tr');
              for (const text of [type, counts.by_type[type].checked_in, counts.by_type[type].registered]) {
                const cell = document.createElement('td'); cell.textContent = text; row.append(cell);
              }
              return row;
            });
            document.querySelector('#by-type tbody').replaceChildren(...rows);
          } catch (e) {}
        }
        const deskParam = new URLSearchParams(location.search).get('desk');
        $('desk').value = deskParam || localStorage.getItem(DESK) || `${L.deskDefault} ${Math.floor(Math.random() * 90 + 10)}`;
        try { localStorage.setItem(DESK, $('desk').value); } catch (e) {}
        $('desk').addEventListener('change', () => { try { localStorage.setItem(DESK, deskName()); } catch (e) {} });
        // A USB scanner types the QR code's text and Enter into the focused box.
        $('scan').addEventListener('submit', (event) => {
          event.preventDefault();
          const code = $('code').value.trim(); $('code').value = '';
          if (code) checkIn(code);
          $('code').focus();
        });
        saveOutbox(); refreshCounts(); flush();
        setInterval(flush, 3000); setInterval(refreshCounts, 5000);
        window.addEventListener('online', flush);
        """#
}

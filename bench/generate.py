#!/usr/bin/env python3
"""Writes deterministic evplan plans of four sizes for the benchmark.

    python3 bench/generate.py [--out bench/out] [--seed 20270312] [S M L XL ...]

S is samples/forum-zh copied as is. M, L and XL are made up from a fixed seed: a festival whose
sessions are spread over days and rooms on a common grid (so rooms and speakers clash only where an
error is planted), a budget whose lines and totals add up, and a project whose dependencies end before
the event. A few errors are planted at known lines; their rule ids and places go to OUT/SIZE.planted.tsv
so bench/verify_planted.py can tell that the checker really found them.
"""

import argparse
import datetime
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# sessions, rooms, budget lines, tasks, attendees, first event day
SIZES = {
    "M": dict(sessions=400, rooms=30, budget_lines=300, tasks=150, attendees=1500, days_per_file=1),
    "L": dict(sessions=5000, rooms=60, budget_lines=2000, tasks=1000, attendees=3000, days_per_file=1),
    "XL": dict(sessions=50000, rooms=120, budget_lines=20000, tasks=10000, attendees=8000, days_per_file=7),
}
EVENT_START = datetime.date(2027, 5, 3)  # a Monday

SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴")
GIVEN = list("雅婷怡君志明家豪宗憲佩詩涵承翰冠宇俊傑美華子晴書瑋文彥立群郁振國棟巧玲孟儒瑞芬建中欣穎柏翔政宏淑惠嘉慧信良健安凱婕昱廷睿琪筱萱哲維智偉")
EN_FIRST = ["Anna", "David", "Maria", "James", "Sophie", "Lukas", "Emma", "Noah", "Chloé", "Hiroshi", "Yuki", "Priya",
            "Arjun", "Fatima", "Omar", "Elena", "Marco", "Sara", "Jonas", "Ingrid", "Kevin", "Grace", "Daniel", "Mei"]
EN_LAST = ["de Vries", "Müller", "Smith", "Tanaka", "Sato", "Kim", "Nguyen", "García", "Rossi", "Jensen", "Novak",
           "O'Brien", "Patel", "Haddad", "Schmidt", "Dubois", "Larsen", "Costa", "Wong", "Lee", "Chen", "Brown"]

ZH_TOPICS = ["碳盤查實務", "綠電採購與再生能源憑證", "循環經濟商業模式", "永續金融與綠色債券", "供應鏈減碳", "ESG 資訊揭露",
             "智慧製造與節能", "生物多樣性與企業", "水資源管理", "綠色建築", "運輸電動化", "再生材料技術", "食農教育與剩食",
             "社會創新與影響力投資", "AI 驅動的能源管理", "氣候調適與韌性城市", "永續報告書撰寫", "內部碳定價",
             "包裝減量", "紡織回收", "海洋廢棄物", "淨零建築改造", "地方創生", "公正轉型"]
ZH_FORMATS = ["專題演講", "圓桌論壇", "工作坊", "案例分享", "實作課程", "對談", "論壇", "講座"]
ZH_ANGLES = ["從政策到實務", "中小企業的第一步", "國際趨勢與台灣機會", "數據驅動的決策", "跨域合作案例", "法規新制解析",
             "投資人的觀點", "第一線經驗分享", "成本與效益評估", "工具與方法", "產學合作", "未來十年展望"]
EN_TOPICS = ["Carbon accounting in practice", "Buying green power", "Circular business models", "Green bonds and sustainable finance",
             "Decarbonising the supply chain", "ESG disclosure", "Smart manufacturing", "Nature-positive business",
             "Water stewardship", "Green buildings", "Electric mobility", "Recycled materials", "Food waste",
             "Impact investing", "AI for energy management", "Climate adaptation", "Internal carbon pricing"]
EN_ANGLES = ["lessons from Europe", "a first step for SMEs", "what investors ask", "tools and methods", "a case study",
             "the next ten years", "from pledge to action", "measuring what matters"]
ZH_NOTES = ["", "", "", "同步口譯", "需事先報名", "請自備筆電", "現場直播", "英語演講，同步口譯", "限額入場", "提供講義下載"]
EN_NOTES = ["", "", "", "interpreted", "registration required", "bring a laptop", "live-streamed", "in English", "limited seats"]

ROOM_LAYOUTS = [("劇院式", "0.6"), ("教室型", "1.4"), ("U型", "2"), ("圓桌", "0.9"), ("Theatre", "0.6"), ("Classroom", "1.4")]

BREAK_GRID = [  # time, zh title, en title
    ("08:30-09:00", "報到", "Registration"),
    ("10:30-10:50", "茶敘", "Coffee break"),
    ("12:20-13:20", "午餐", "Lunch"),
    ("14:50-15:10", "茶敘", "Coffee break"),
]
BLOCKS = [(9 * 60, 10 * 60 + 30), (10 * 60 + 50, 12 * 60 + 20), (13 * 60 + 20, 14 * 60 + 50), (15 * 60 + 10, 16 * 60 + 40)]
LATE_BLOCK = (16 * 60 + 50, 17 * 60 + 50)


def hhmm(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


def money(value):
    return "{:,}".format(value)


class Names:
    """Unique person names, Chinese and (one in five) English."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def make(self):
        while True:
            if self.rng.random() < 0.2:
                name = "%s %s" % (self.rng.choice(EN_FIRST), self.rng.choice(EN_LAST))
                if name in self.used:
                    name = "%s %s. %s" % (self.rng.choice(EN_FIRST), self.rng.choice("ABCDEFGHJKLMNPRSTW"), self.rng.choice(EN_LAST))
            else:
                name = self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
            if name not in self.used:
                self.used.add(name)
                return name

    def pool(self, count):
        return [self.make() for _ in range(count)]


class Writer:
    """Collects the lines of one Markdown file, so planted errors can name their line."""

    def __init__(self, name):
        self.name = name
        self.lines = []

    def add(self, text=""):
        self.lines.append(text)
        return len(self.lines)  # 1-based line number of what was just added

    def save(self, folder):
        with open(os.path.join(folder, self.name), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")


def row(cells):
    return "| " + " | ".join(cells) + " |"


class PlanGenerator:
    def __init__(self, size, seed):
        self.size = size
        self.spec = SIZES[size]
        self.rng = random.Random("%s-%s" % (seed, size))
        self.names = Names(self.rng)
        self.planted = []  # (rule, file, [lines])
        self.files = []

    def plant(self, rule, writer, *lines):
        self.planted.append((rule, writer.name, list(lines)))

    # ---------- venue ----------
    def make_rooms(self):
        rng = self.rng
        rooms = []
        used = set()
        halls = ["國際廳", "永續廳", "創新廳", "未來廳", "綠光廳", "Hall A", "Hall B", "Hall C", "Studio 1", "Studio 2"]
        for hall in halls:
            if len(rooms) >= self.spec["rooms"]:
                break
            rooms.append(hall)
            used.add(hall)
        while len(rooms) < self.spec["rooms"]:
            floor = rng.randint(1, 12)
            name = rng.choice(["%d%02d 會議室" % (floor, rng.randint(1, 40)), "Room %d%s" % (floor, rng.choice("ABCDEFGH")),
                               "%dF 教室 %d" % (floor, rng.randint(1, 30))])
            if name not in used:
                used.add(name)
                rooms.append(name)
        self.rooms = []
        for index, name in enumerate(rooms):
            capacity = rng.choice([400, 360, 300, 240]) if index < 5 else rng.choice([40, 60, 80, 100, 120, 150, 200])
            layout, per_person = rng.choice(ROOM_LAYOUTS)
            area = int(capacity * float(per_person) * rng.uniform(1.2, 1.8)) + 10
            self.rooms.append(dict(name=name, capacity=capacity, layout=layout, area=area))
        self.lobby = dict(name="大廳", capacity=self.spec["attendees"] + 500, layout="酒會",
                          area=int((self.spec["attendees"] + 500) * 0.5 * 1.5))

    def venue_file(self, first_day, last_day):
        w = Writer("T5-venue.md")
        total = sum(r["capacity"] for r in self.rooms) + self.lobby["capacity"]
        for text in ["---", "task: T5", "venue: 南港永續園區會議中心", "address: 115 臺北市南港區經貿二路 1 號",
                     "capacity: %d" % max(total, self.spec["attendees"] + 500), "hours: 08:00-21:00",
                     "available: %s ~ %s" % (first_day - datetime.timedelta(days=1), last_day), "---",
                     "# 場地規劃 Venue", "",
                     "園區由三棟建築組成，以空橋相連；大廳負責報到、茶敘與午餐。All rooms are step-free and have a projector.", "",
                     "## 場地空間 Rooms", "",
                     row(["空間", "容納人數", "形式", "面積（平方公尺）", "備註"]), row(["---", "---:", "---", "---:", "---"])]:
            w.add(text)
        for room in [self.lobby] + self.rooms:
            w.add(row([room["name"], str(room["capacity"]), room["layout"], str(room["area"]),
                       self.rng.choice(["", "投影、兩支無線麥克風", "可錄影", "LED 幕", "near the lifts"])]))
        w.add()
        w.add("## 交通 Access")
        w.add()
        w.add("- 捷運南港展覽館站 5 號出口步行 4 分鐘；MRT Nangang Exhibition Center, exit 5.")
        w.add("- 地下停車場 600 格，身心障礙車位位於 B1 電梯旁。")
        return w

    # ---------- agenda ----------
    def session_title(self, code, english):
        rng = self.rng
        if english:
            return "%s %s: %s" % (code, rng.choice(EN_TOPICS), rng.choice(EN_ANGLES))
        return "%s %s%s：%s" % (code, rng.choice(ZH_TOPICS), rng.choice(ZH_FORMATS), rng.choice(ZH_ANGLES))

    def agenda_files(self):
        rng = self.rng
        target = self.spec["sessions"]
        speakers = self.names.pool(max(600, len(self.rooms) * 6))
        moderators = self.names.pool(len(self.rooms) * 2)
        self.people = speakers
        days = []  # each: (date, rows) where a row is a dict
        count = 0
        date = EVENT_START
        while count < target:
            rows = []
            for time, zh, en in BREAK_GRID:
                rows.append(dict(time=time, title=zh, en_title=en, speakers=[], room=self.lobby["name"],
                                 audience=str(self.spec["attendees"]), moderator="", note="", is_break=True))
            count += len(BREAK_GRID)
            day_moderators = rng.sample(moderators, len(self.rooms))
            blocks = BLOCKS + ([LATE_BLOCK] if rng.random() < 0.5 else [])
            for block_index, (start, end) in enumerate(blocks):
                # Speakers are drawn without replacement for the whole block, so nobody is in two rooms at once.
                block_speakers = rng.sample(speakers, len(self.rooms) * 3)
                taken = 0
                for room_index, room in enumerate(self.rooms):
                    if count >= target:
                        break
                    parts = rng.choice([1, 2, 2, 2, 3]) if end - start == 90 else 1
                    length = (end - start) // parts
                    for part in range(parts):
                        if count >= target:
                            break
                        english = rng.random() < 0.3
                        how_many = rng.choice([1, 1, 1, 2, 3]) if parts == 1 else 1
                        who = block_speakers[taken:taken + how_many]
                        taken += how_many
                        code = "%s%d" % ("ABCDEFGHJKLMNPQRSTUVWXYZ"[room_index % 24], block_index * 3 + part + 1)
                        rows.append(dict(
                            time="%s-%s" % (hhmm(start + part * length), hhmm(start + (part + 1) * length)),
                            title=self.session_title(code, english), speakers=who, room=room["name"],
                            audience=str(int(room["capacity"] * rng.uniform(0.4, 0.95))),
                            moderator=day_moderators[room_index], note=rng.choice(EN_NOTES if english else ZH_NOTES),
                            is_break=False, block=block_index, part=part, room_index=room_index))
                        count += 1
            days.append((date, rows))
            date += datetime.timedelta(days=1)
        self.first_day, self.last_day = days[0][0], days[-1][0]
        self.plant_agenda_errors(days)

        per_file = self.spec["days_per_file"]
        writers = []
        for file_index in range(0, len(days), per_file):
            chunk = days[file_index:file_index + per_file]
            english = (file_index // per_file) % 2 == 1
            name = ("T4-day%02d.md" % (file_index + 1)) if per_file == 1 else ("T4-week%02d.md" % (file_index // per_file + 1))
            writers.append(self.agenda_file(name, chunk, english, first_number=file_index + 1))
        return writers

    def plant_agenda_errors(self, days):
        rng = self.rng
        day_index = len(days) // 2
        date, rows = days[day_index]
        programme = [r for r in rows if not r["is_break"]]
        chosen = []

        def pick(candidates, position):
            # Each planted error gets rows of its own, so one error never hides another.
            for row_ in candidates[position:] + candidates[:position]:
                if all(row_ is not c for c in chosen):
                    chosen.append(row_)
                    return row_
            raise SystemExit("plan too small to plant errors")

        # A room used twice at once: an extra session in the same room during another one.
        victim = pick(programme, len(programme) // 3)
        extra = dict(victim)
        extra.update(title=self.session_title("X1", False), speakers=[self.names.make()], moderator="",
                     planted="agenda.room-overlap")
        rows.insert(rows.index(victim) + 1, extra)
        victim["planted_pair"] = "agenda.room-overlap"
        # One speaker in two rooms at once: two sessions that both start the block.
        firsts = [r for r in programme if r.get("part") == 0 and r["speakers"] and r.get("block") == 1]
        a = pick(firsts, 1)
        b = pick([r for r in firsts if r["room"] != a["room"]], len(firsts) // 2)
        b["speakers"] = [a["speakers"][0]] + b["speakers"][1:]
        a["planted_pair"] = "agenda.speaker-overlap"
        b["planted"] = "agenda.speaker-overlap"
        # More people than the room holds.
        c = pick(programme, (len(programme) * 2) // 3)
        room = next(r for r in self.rooms if r["name"] == c["room"])
        c["audience"] = str(room["capacity"] + 35)
        c["planted"] = "venue.room-over-capacity"
        # A room the venue does not have.
        d = pick(programme, len(programme) // 4 + 7)
        d["room"] = "3F 多功能廳"
        d["planted"] = "venue.unknown-room"
        # A session that ends before it starts (on the last day).
        e = pick([r for r in days[-1][1] if not r["is_break"]], 5)
        start, end = e["time"].split("-")
        e["time"] = "%s-%s" % (end, start)
        e["planted"] = "agenda.end-before-start"

    def agenda_file(self, name, days, english, first_number):
        w = Writer(name)
        w.add("---")
        w.add("task: T4")
        w.add("---")
        w.add("# Programme" if english else "# 議程")
        w.add()
        w.add("Parallel tracks run in every room; sessions marked interpreted have Mandarin–English interpretation."
              if english else "各廳同時進行平行場次；標示同步口譯的場次提供中英口譯，工作坊需事先報名。")
        w.add()
        weekdays_zh = "一二三四五六日"
        pair_lines = {}
        for day_number, (date, rows) in enumerate(days, start=first_number - 1):
            if english:
                w.add("## Day %d %s (%s)" % (day_number + 1, date.isoformat(), date.strftime("%a")))
            else:
                w.add("## 第 %d 天 %s（%s）" % (day_number + 1, date.isoformat(), weekdays_zh[date.weekday()]))
            w.add()
            if english:
                w.add(row(["Time", "Session", "Speaker", "Room", "Audience", "Moderator", "Note"]))
            else:
                w.add(row(["時間", "議程", "講者", "場地", "人數", "主持人", "備註"]))
            w.add(row(["---", "---", "---", "---", "---:", "---", "---"]))
            for r in rows:
                title = r["en_title"] if (english and r["is_break"]) else r["title"]
                line = w.add(row([r["time"], title, ("、" if not english else ", ").join(r["speakers"]), r["room"],
                                  r["audience"], r["moderator"], r["note"]]))
                if "planted_pair" in r:
                    pair_lines[r["planted_pair"]] = line
                if "planted" in r:
                    rule = r["planted"]
                    lines = [line] + ([pair_lines[rule]] if rule in pair_lines else [])
                    self.plant(rule, w, *lines)
            w.add()
            # Half of the day's speakers get a line of biography, as a programme booklet would.
            everyone = sorted({s for r in rows for s in r["speakers"]})
            speakers = everyone[:max(12, len(everyone) // 2)]
            w.add("### Speakers" if english else "### 講者簡介")
            w.add()
            for s in speakers:
                w.add("- %s：%s" % (s, self.rng.choice(["永續顧問公司技術長", "國立大學環境工程學系教授", "金融控股公司永續長",
                                                       "research fellow, Circular Economy Institute", "新創公司執行長",
                                                       "Head of Sustainability, a listed manufacturer", "縣市政府環保局專門委員"])))
            w.add()
        return w

    # ---------- budget ----------
    def budget_file(self):
        rng = self.rng
        w = Writer("T3-budget.md")
        lines_target = self.spec["budget_lines"]
        expense_lines = int(lines_target * 0.85)
        income_lines = lines_target - expense_lines
        categories = [
            ("場地", ["{room}場租", "{room}夜間進場佈置", "{room}延長使用"], ["天", "時段"], (5000, 90000)),
            ("視聽工程", ["{room}投影與音響", "{room}錄影", "主舞台燈光音響", "同步口譯接收器"], ["天", "式", "台·天"], (800, 60000)),
            ("餐飲", ["茶敘（{date}）", "午餐餐盒（{date}）", "工作人員便當（{date}）"], ["人次", "份"], (80, 200)),
            ("講者", ["{person} 講師費", "{person} 交通費", "{person} 住宿"], ["人", "人次", "間·夜"], (1500, 20000)),
            ("印刷設計", ["大會手冊印刷", "識別證與吊繩", "指標與立牌輸出", "海報輸出"], ["本", "組", "面"], (20, 1500)),
            ("行銷宣傳", ["社群廣告投放", "電子報發送", "宣傳短片剪輯", "Media relations retainer"], ["式", "次", "支"], (3000, 60000)),
            ("人事", ["臨時工作人員（{date}）", "志工交通補助（{date}）", "Photographer ({date})"], ["人·天", "天"], (300, 15000)),
            ("行政雜支", ["保險", "報到文具與耗材", "售票平台手續費", "Bank charges"], ["式"], (1000, 20000)),
        ]
        day_count = (self.last_day - self.first_day).days + 1
        for text in ["---", "task: T3", "---", "# 經費預算 Budget", "",
                     "金額單位為新臺幣元，報價以廠商書面報價為準；小計列依類別加總，合計為全部支出。", "",
                     "## 支出 Expenses", "",
                     row(["項目", "類別", "單價", "數量", "單位", "小計", "備註"]),
                     row(["---", "---", "---:", "---:", "---", "---:", "---"])]:
            w.add(text)
        expense_total = 0
        per_category = expense_lines // len(categories)
        mismatch_at = expense_lines // 2
        written = 0
        items = 0
        for name, templates, units, (low, high) in categories:
            category_total = 0
            # Each category ends in its 小計 row; the last one fills up to the wanted count, less the 合計 row.
            count = per_category - 1 if name != categories[-1][0] else expense_lines - written - 2
            for i in range(max(1, count)):
                template = rng.choice(templates)
                item = template.format(room=rng.choice(self.rooms)["name"],
                                       date=(self.first_day + datetime.timedelta(days=rng.randrange(day_count))).strftime("%-m/%-d"),
                                       person=rng.choice(self.people))
                price = rng.randint(low // 10, high // 10) * 10
                quantity = rng.randint(1, 40)
                amount = price * quantity
                note = rng.choice(["", "", "含稅", "三家比價", "依實際人數核銷", "quote 2027-01"])
                planted = items == mismatch_at
                items += 1
                if planted:
                    amount += 1000  # the planted arithmetic slip
                line = w.add(row([item, name, money(price), str(quantity), rng.choice(units), money(amount), note]))
                if planted:
                    self.plant("budget.amount-mismatch", w, line)
                category_total += amount
                written += 1
            w.add(row(["小計", name, "", "", "", money(category_total), ""]))
            written += 1
            expense_total += category_total
        w.add(row(["合計", "", "", "", "", money(expense_total), ""]))
        w.add()
        w.add("## 收入 Income")
        w.add()
        w.add(row(["項目", "類別", "單價", "數量", "單位", "小計", "備註"]))
        w.add(row(["---", "---", "---:", "---:", "---", "---:", "---"]))
        income_total = 0
        target = int(expense_total * 1.02)
        sponsors = ["台灣綠能", "遠揚精密", "禾豐銀行", "好食光", "Nordic Wind", "Green Harbour Capital", "城市水務", "循環材料"]
        for i in range(income_lines - 2):
            kind = rng.choice(["票券", "贊助", "贊助", "補助"])
            if kind == "票券":
                price, quantity, unit, item = rng.choice([600, 1200, 1800]), rng.randint(10, 300), "張", rng.choice(["早鳥票", "一般票", "學生票", "Group ticket"])
            elif kind == "贊助":
                price, quantity, unit, item = rng.choice([30000, 80000, 180000]), 1, "家", "%s %s級贊助" % (rng.choice(sponsors), rng.choice(["銀", "金", "白金"]))
            else:
                price, quantity, unit, item = rng.choice([50000, 100000, 300000]), 1, "案", rng.choice(["經濟部活動補助", "臺北市會展補助", "Cultural grant"])
            amount = price * quantity
            if income_total + amount > target:
                break
            w.add(row([item, kind, money(price), str(quantity), unit, money(amount), ""]))
            income_total += amount
        balance = max(target - income_total, 0)
        w.add(row(["協會自籌款", "自籌", "", "", "", money(balance), "收支平衡後之餘額"]))
        income_total += balance
        w.add(row(["合計", "", "", "", "", money(income_total), ""]))
        w.add()
        w.add("## 預算說明")
        w.add()
        w.add("- 場地與餐飲為主要控制項目；贊助收入為最大財務風險，若招商未達目標依序縮減晚餐與直播規格。")
        self.expense_total = expense_total
        return w

    # ---------- project ----------
    def project_file(self):
        rng = self.rng
        w = Writer("T2-project.md")
        n = self.spec["tasks"]
        team = self.names.pool(max(12, n // 30))
        # Working days before the event: the plan starts 300 working days ahead, every chain ends 60 before.
        workdays = []
        d = self.first_day - datetime.timedelta(days=1)
        while len(workdays) < 300:
            if d.weekday() < 5:
                workdays.append(d)
            d -= datetime.timedelta(days=1)
        workdays.reverse()
        limit = 240
        for text in ["---", "task: T2", "---", "# 專案計畫書 Project plan", "",
                     "## 目標 Goals", "", "- 順利舉辦 %d 天論壇，實際出席 %d 人以上。" % ((self.last_day - self.first_day).days + 1, self.spec["attendees"]),
                     "- Break even, and publish every recording within two weeks.", "",
                     "## 工作項目 Tasks", "",
                     "工期以工作天計（週一至週五）。", "",
                     row(["ID", "工作", "負責人", "開始", "結束", "工期", "前置", "階段", "備註"]),
                     row(["---", "---", "---", "---", "---", "---:", "---", "---", "---"])]:
            w.add(text)
        verbs = ["確認", "規劃", "發包", "設計", "邀約", "招募", "採購", "測試", "彙整", "審核", "Draft", "Review", "Book"]
        objects = ["講者名單", "場地動線", "視聽規格", "餐飲菜單", "贊助方案", "官網內容", "報名系統", "志工排班", "大會手冊",
                   "媒體名單", "口譯安排", "保險", "the floor plan", "speaker travel", "sponsor booths"]
        finish = []  # working-day index of each pre-event task's last day
        ids = []
        pre = int(n * 0.95)
        unknown_at, missing_owner_at = pre // 3, (pre * 2) // 3
        for i in range(pre):
            task_id = "A%04d" % (i + 1) if n > 999 else "A%03d" % (i + 1)
            ids.append(task_id)
            duration = rng.choice([0, 2, 3, 5, 5, 8, 10]) if i % 25 == 24 else rng.choice([2, 3, 5, 5, 8, 10, 15])
            predecessors = []
            start_text = ""
            if i > 0 and rng.random() < 0.8:
                for p in rng.sample(range(max(0, i - 60), i), min(i, rng.choice([1, 1, 2, 3]))):
                    predecessors.append(p)
            begin = max((finish[p] + 1 for p in predecessors), default=None)
            if begin is None or begin + duration > limit:
                predecessors = []
                begin = rng.randrange(0, 120)
                start_text = workdays[begin].isoformat()
            finish.append(begin + max(duration, 1) - 1)
            dependency = "、".join(ids[p] for p in predecessors)
            owner = rng.choice(team)
            line_owner = owner
            if i == unknown_at:
                dependency = (dependency + "、" if dependency else "") + "Z999"
            if i == missing_owner_at:
                line_owner = ""
            name = "%s%s" % (rng.choice(verbs), rng.choice(objects))
            line = w.add(row([task_id, name, line_owner, start_text, "", str(duration), dependency, "籌備",
                              rng.choice(["", "", "里程碑" if duration == 0 else "", "見 T6", "needs board sign-off"])]))
            if i == unknown_at:
                self.plant("schedule.unknown-dependency", w, line)
            if i == missing_owner_at:
                self.plant("schedule.missing-owner", w, line)
        w.add(row(["E01", "活動現場執行", rng.choice(team), self.first_day.isoformat(), self.last_day.isoformat(), "",
                   ids[-1], "執行", "含撤場"]))
        for i in range(n - pre - 1):
            w.add(row(["C%03d" % (i + 1), rng.choice(["滿意度問卷分析", "廠商結款與核銷", "成果報告", "Post-event survey"]),
                       rng.choice(team), "", "", str(rng.choice([3, 5, 10])), "E01", "結案", ""]))
        w.add()
        w.add("## 風險 Risks")
        w.add()
        w.add("- 講者行程變動：每場次預備一位替補講者。")
        w.add("- Sponsorship short of target: review at the end of January and scale the dinner down.")
        return w

    def event_file(self):
        w = Writer("event.md")
        budget_cap = (int(self.expense_total * 1.1) // 10000 + 1) * 10000
        for text in ["---", "name: 2027 永續創新博覽會（%s）" % self.size, "lang: zh-TW",
                     "dates: %s ~ %s" % (self.first_day, self.last_day), "organizer: 社團法人台灣綠色未來協會",
                     "attendees: %d" % self.spec["attendees"], "currency: TWD", "budget: %s" % money(budget_cap), "---",
                     "# 2027 永續創新博覽會", "", "## 活動概述", "",
                     "博覽會在南港永續園區連續舉辦，每天上午報到後各廳同時進行平行場次，涵蓋淨零轉型、循環經濟與永續金融。"
                     "The programme mixes Mandarin and English sessions, with interpretation in the main halls.", ""]:
            w.add(text)
        return w

    def generate(self, folder):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        self.make_rooms()
        agenda = self.agenda_files()
        venue = self.venue_file(self.first_day, self.last_day)
        budget = self.budget_file()
        project = self.project_file()
        event = self.event_file()
        for w in [event, project, budget, venue] + agenda:
            w.save(folder)
        return self.planted


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(HERE, "out"))
    parser.add_argument("--seed", default="20270312")
    parser.add_argument("sizes", nargs="*", default=["S", "M", "L", "XL"])
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for size in args.sizes:
        folder = os.path.join(args.out, size)
        manifest = os.path.join(args.out, size + ".planted.tsv")
        if size == "S":
            if os.path.isdir(folder):
                shutil.rmtree(folder)
            shutil.copytree(os.path.join(REPO, "samples", "forum-zh"), folder, ignore=shutil.ignore_patterns("build"))
            planted = []
        elif size in SIZES:
            planted = PlanGenerator(size, args.seed).generate(folder)
        else:
            sys.exit("unknown size %s (S, M, L, XL)" % size)
        with open(manifest, "w", encoding="utf-8") as f:
            for rule, file, lines in planted:
                f.write("%s\t%s\t%s\n" % (rule, file, ",".join(map(str, lines))))
        total = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder) if n.endswith(".md"))
        print("%-3s %s  %d files, %.2f MB of Markdown, %d planted errors" % (
            size, folder, len([n for n in os.listdir(folder) if n.endswith(".md")]), total / 1e6, len(planted)))


if __name__ == "__main__":
    main()

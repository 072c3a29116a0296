// QA review page: filters, reviewer decisions (kept in this browser's localStorage until cleared) and
// their export as decisions.json / decisions.csv for `filing-extractor apply-corrections DIR FILE`.
// Plain script, no libraries and no network: the page must work from a file:// URL offline.
(function () {
  "use strict";
  var FORMAT = "filing-extractor-review-decisions";
  var VERSION = 1;
  var storageKey = "filing-extractor-review:" + document.body.getAttribute("data-folder");
  var ruleFilter = document.getElementById("rule-filter");
  var filingFilter = document.getElementById("filing-filter");
  var search = document.getElementById("filing-search");
  var reviewer = document.getElementById("reviewer");
  var status = document.getElementById("status");
  var decisions = Array.prototype.slice.call(document.querySelectorAll("td.decision"));

  function say(text, problem) {
    status.textContent = text;
    status.className = problem ? "problem" : "";
  }

  // ---- filters ------------------------------------------------------------------------------------

  function applyFilters() {
    var rule = ruleFilter.value;
    var filing = filingFilter.value;
    var text = search.value.trim().toLowerCase();
    var shown = 0;
    document.querySelectorAll("article.filing").forEach(function (article) {
      var flags = article.querySelectorAll("section.flag");
      var visibleFlags = 0;
      flags.forEach(function (flag) {
        var show = !rule || flag.getAttribute("data-rule") === rule;
        flag.hidden = !show;
        if (show) { visibleFlags++; }
      });
      var id = article.getAttribute("data-filing");
      var source = (article.getAttribute("data-source") || "").toLowerCase();
      var show = (!filing || id === filing)
        && (!text || id.indexOf(text) >= 0 || source.indexOf(text) >= 0)
        && (!rule || visibleFlags > 0);
      article.hidden = !show;
      if (show) { shown++; }
    });
    // Filtering for one filing opens the folded list of filings without flags when it is there.
    var unflagged = document.querySelector("#unflagged details");
    if (filing && document.querySelector("article.unflagged[data-filing='" + CSS.escape(filing) + "']:not([hidden])")) {
      unflagged.open = true;
    }

    document.getElementById("no-match").hidden = shown > 0;
  }

  [ruleFilter, filingFilter].forEach(function (el) { el.addEventListener("change", applyFilters); });
  search.addEventListener("input", applyFilters);

  // ---- decisions ----------------------------------------------------------------------------------

  function keyOf(cell) {
    return cell.getAttribute("data-filing") + "\n" + cell.getAttribute("data-field");
  }

  function valueRead(cell) {
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : null;
  }

  function stateOf(cell) {
    var checked = cell.querySelector("input[type=radio]:checked");
    return {
      action: checked ? checked.value : "",
      newValue: cell.querySelector("input.new-value").value,
      note: cell.querySelector("input.note").value
    };
  }

  function setState(cell, state) {
    cell.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = r.value === state.action; });
    cell.querySelector("input.new-value").value = state.newValue || "";
    cell.querySelector("input.note").value = state.note || "";
    cell.className = "decision" + (state.action ? " decided-" + state.action : "");
  }

  // A field named by several flags of one filing has a control under each; they show one decision.
  function sync(source) {
    var state = stateOf(source);
    var key = keyOf(source);
    decisions.forEach(function (cell) {
      if (keyOf(cell) === key) { setState(cell, state); }
    });
    save();
  }

  function save() {
    var saved = { reviewer: reviewer.value, items: {} };
    decisions.forEach(function (cell) {
      var s = stateOf(cell);
      if (s.action) { saved.items[keyOf(cell)] = { valueRead: valueRead(cell), state: s }; }
    });
    try { localStorage.setItem(storageKey, JSON.stringify(saved)); } catch (e) { /* storage off: decisions live until the page closes */ }
  }

  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(storageKey) || "null"); } catch (e) { saved = null; }
    if (!saved) { return; }
    reviewer.value = saved.reviewer || "";
    var restored = 0;
    decisions.forEach(function (cell) {
      var item = saved.items && saved.items[keyOf(cell)];
      // Only a decision about the same value: a folder re-extracted or corrected since shows fresh controls.
      if (item && item.valueRead === valueRead(cell)) { setState(cell, item.state); restored++; }
    });
    if (restored > 0) { say("Restored the decisions made earlier in this browser."); }
  }

  decisions.forEach(function (cell) {
    cell.querySelectorAll("input[type=radio]").forEach(function (r) {
      r.addEventListener("change", function () { sync(cell); });
    });
    cell.querySelector("input.new-value").addEventListener("input", function () {
      // Typing a value means correcting it.
      var correct = cell.querySelector("input[type=radio][value=correct]");
      if (this.value !== "" && !correct.checked) { correct.checked = true; }
      sync(cell);
    });
    cell.querySelector("input.note").addEventListener("input", function () { sync(cell); });
  });
  reviewer.addEventListener("input", save);

  function collect() {
    var seen = {};
    var items = [];
    decisions.forEach(function (cell) {
      var key = keyOf(cell);
      var s = stateOf(cell);
      if (!s.action || seen[key]) { return; }
      seen[key] = true;
      items.push({
        filingId: cell.getAttribute("data-filing"),
        field: cell.getAttribute("data-field"),
        action: s.action,
        valueRead: valueRead(cell),
        newValue: s.action === "correct" ? s.newValue : null,
        note: s.note.trim() === "" ? null : s.note.trim()
      });
    });
    return items;
  }

  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function exportAs(kind) {
    var who = reviewer.value.trim();
    if (!who) {
      say("Enter your name as reviewer before exporting: every decision records who made it.", true);
      reviewer.focus();
      return;
    }

    var items = collect();
    if (items.length === 0) {
      say("No decision yet: confirm or correct a field first.", true);
      return;
    }

    var blankCorrections = items.filter(function (i) { return i.action === "correct" && i.newValue.trim() === ""; }).length;
    var decidedAt = new Date().toISOString();
    if (kind === "json") {
      var doc = { format: FORMAT, version: VERSION, reviewer: who, decidedAt: decidedAt, items: items };
      download("decisions.json", JSON.stringify(doc, null, 2) + "\n", "application/json");
    } else {
      var rows = [["reviewer", "decided_at", "filing_id", "field", "action", "value_read", "new_value", "note"]];
      items.forEach(function (i) { rows.push([who, decidedAt, i.filingId, i.field, i.action, i.valueRead, i.newValue, i.note]); });
      download("decisions.csv", rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n", "text/csv");
    }

    say("Exported " + items.length + " decision" + (items.length === 1 ? "" : "s")
      + (blankCorrections ? " (" + blankCorrections + " set to blank)" : "")
      + ". Apply them with: filing-extractor apply-corrections DIR decisions." + kind, false);
  }

  document.getElementById("export-json").addEventListener("click", function () { exportAs("json"); });
  document.getElementById("export-csv").addEventListener("click", function () { exportAs("csv"); });
  document.getElementById("clear-decisions").addEventListener("click", function () {
    decisions.forEach(function (cell) { setState(cell, { action: "", newValue: "", note: "" }); });
    save();
    say("Decisions cleared.");
  });

  restore();
  applyFilters();
})();

// newsdossier UI: show who said a highlighted statement (click or keyboard), nothing else.
(function () {
  "use strict";
  var box = document.getElementById("speaker-box");
  if (!box) { return; }
  var who = box.querySelector(".who");
  var go = box.querySelector(".go");

  function show(el) {
    who.textContent = "Said by " + (el.getAttribute("data-speaker") || "unattributed");
    var href = el.getAttribute("data-speaker-href");
    go.hidden = !href;
    if (href) { go.setAttribute("href", href); }
    var r = el.getBoundingClientRect();
    box.hidden = false;
    box.style.left = Math.max(8, r.left + window.scrollX) + "px";
    box.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    if (!target || box.contains(target)) { return; }
    var stmt = target.closest(".stmt");
    if (stmt && !target.closest("a")) { show(stmt); } else { box.hidden = true; }
  });
  document.addEventListener("keydown", function (ev) {
    var el = document.activeElement;
    if (ev.key === "Escape") { box.hidden = true; return; }
    if ((ev.key === "Enter" || ev.key === " ") && el && el.classList.contains("stmt")) {
      ev.preventDefault();
      show(el);
    }
  });
  var focus = document.getElementById("hl");
  if (focus) { focus.scrollIntoView({block: "center"}); }
})();

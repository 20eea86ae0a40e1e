// Banwatch: small enhancements only; every page works without this file.
"use strict";

// Review: a "select all" box ticks every fact box of its group (data-select-all="group" on the box, data-group on the facts).
document.addEventListener("change", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) {
    return;
  }
  const group = box.dataset.selectAll;
  if (group) {
    for (const fact of document.querySelectorAll(`input[data-group="${CSS.escape(group)}"]`)) {
      fact.checked = box.checked;
    }
  }
});

// Review: the "select all" boxes are only useful with this script, so they stay hidden without it.
for (const box of document.querySelectorAll("[data-select-all]")) {
  box.closest("[hidden]")?.removeAttribute("hidden");
}

// Filters: a changed select submits its form at once (the button stays for keyboards and no-JS).
for (const control of document.querySelectorAll("form[data-autosubmit] select")) {
  control.addEventListener("change", () => control.form?.requestSubmit());
}

// Agent desk: picking a canned reply fills the message box (the form also works without JS:
// the server uses the chosen canned reply when the box is empty).
for (const select of document.querySelectorAll("select[data-canned-target]")) {
  const box = document.getElementById(select.dataset.cannedTarget);
  select.addEventListener("change", () => {
    const option = select.selectedOptions[0];
    if (box && option && option.dataset.text) {
      box.value = option.dataset.text;
      box.focus();
    }
  });
}

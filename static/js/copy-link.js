// Progressive enhancement: a "copy" button next to each verification link (the link stays selectable).
document.querySelectorAll("button.copy-link").forEach(function (button) {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var input = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(input.value).then(function () { button.textContent = button.dataset.done; });
  });
});

/* Tells a too-large file before it is sent (the server refuses it too, but a 30 MB upload would take long first). */
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
    return;
  }
  var max = Number(input.getAttribute('data-max-bytes'));
  var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
  input.setCustomValidity(tooLarge ? '文件超过 ' + Math.round(max / 1048576) + ' MB，请删去多余内容或分批上传' : '');
  if (tooLarge) {
    input.reportValidity();
  }
});
